// The union's web chat: Microsoft's Web Chat talking Direct Line 3.0 to the bot's own endpoint (same origin).
// ?transport=polling forces polling instead of the WebSocket; the 中文/English button restarts Web Chat in the
// other language in the same conversation (the history comes back from the server).
(function () {
  'use strict';
  var texts = {
    'zh-CN': {
      switchTo: 'English',
      privacy: '你的咨询内容会被保密。助手提供的是一般性信息，不构成法律意见；需要帮助时可随时“找工会干部”。',
      failed: '暂时无法连接助手，请稍后刷新页面再试。'
    },
    'en-US': {
      switchTo: '中文',
      privacy: 'Your conversation is confidential. The assistant gives general information, not legal advice; press "Talk to a union officer" whenever you need a person.',
      failed: 'The assistant cannot be reached right now. Please reload the page later.'
    }
  };
  var params = new URLSearchParams(location.search);
  var webSocket = params.get('transport') !== 'polling';
  var locale = params.get('lang') === 'en' ? 'en-US' : (sessionStorage.getItem('webchat-locale') || 'zh-CN');
  var directLine = null;

  function applyTexts() {
    var t = texts[locale];
    document.documentElement.lang = locale;
    document.getElementById('language').textContent = t.switchTo;
    document.getElementById('privacy').textContent = t.privacy;
  }

  function showError(message) {
    var status = document.getElementById('status');
    status.textContent = message;
    status.hidden = false;
  }

  function start() {
    applyTexts();
    return fetch('/api/webchat/token', { method: 'POST', credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('token ' + response.status);
        return response.json();
      })
      .then(function (grant) {
        directLine = window.WebChat.createDirectLine({
          domain: location.origin + '/v3/directline',
          token: grant.token,
          webSocket: webSocket,
          pollingInterval: 500
        });
        // A fresh element each time, so a restart mounts a new Web Chat.
        var old = document.getElementById('webchat');
        var host = old.cloneNode(false);
        old.parentNode.replaceChild(host, old);
        window.WebChat.renderWebChat({
          directLine: directLine,
          locale: locale,
          userID: undefined,
          styleOptions: {
            hideUploadButton: true,
            accent: '#b71c1c',
            bubbleBorderRadius: 8,
            bubbleFromUserBackground: '#fdecea',
            botAvatarInitials: '工会',
            suggestedActionLayout: 'flow',
            sendTimeout: 60000
          }
        }, host);
        document.querySelector('#webchat').focus();
      })
      .catch(function () { showError(texts[locale].failed); });
  }

  document.getElementById('language').addEventListener('click', function () {
    locale = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
    sessionStorage.setItem('webchat-locale', locale);
    if (directLine) directLine.end();
    start();
  });

  start();
})();
