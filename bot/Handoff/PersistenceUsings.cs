// SqlCaseStore, SqlOfficerThreadStore and CaseSchema stay in namespace Assistant.Bot.Handoff until their own move to
// Handoff/Persistence lands; the records they store now live in Handoff/Cases and Handoff/Relay. These usings let
// those three files compile unchanged. Delete this file once they name their namespaces themselves.
global using Assistant.Bot.Handoff.Cases;
global using Assistant.Bot.Handoff.Relay;
