//! Sentences for the benchmark corpus: Spanish and English from the demo campaigns' pages (read
//! at run time), French and Arabic written here on the same themes, so that generated pages read
//! like the real ones (varied lengths, accents, right-to-left script) and no two are alike.

use std::path::Path;

const FRENCH: &[&str] = &[
    "Les passeurs promettent un voyage sûr, mais beaucoup de personnes sont abandonnées en chemin.",
    "Avant de partir, parle avec ta famille et avec une personne de confiance de ta communauté.",
    "Ne paie jamais à l'avance quelqu'un qui t'a contacté sur les réseaux sociaux.",
    "Les vidéos qui montrent un passage facile de la frontière sont souvent des publicités de passeurs.",
    "Vérifie toujours l'information auprès d'une source officielle ou d'une organisation reconnue.",
    "Les groupes criminels utilisent les réseaux de passeurs pour enlever et extorquer des migrants.",
    "Garde une copie de tes documents dans un endroit sûr et envoie-en une à ta famille.",
    "Si quelqu'un te demande de l'argent pour un service gratuit, c'est une arnaque.",
    "Les lignes d'aide sont gratuites et confidentielles, et elles répondent dans ta langue.",
    "Un profil avec peu de photos et beaucoup d'amis inconnus peut être un faux profil.",
    "Ne partage jamais ta position en direct avec des personnes que tu ne connais pas.",
    "Les enfants doivent savoir qu'ils peuvent parler à un adulte de confiance sans avoir peur.",
    "Les messages qui créent l'urgence veulent t'empêcher de réfléchir avant d'agir.",
    "Il existe des voies régulières pour migrer, et elles protègent tes droits.",
    "Demande de l'aide dans un centre d'information avant de prendre une décision.",
    "Les dettes contractées auprès des passeurs mettent toute la famille en danger.",
    "Une offre d'emploi trop belle pour être vraie est souvent un piège.",
    "Les photos envoyées en privé peuvent être copiées et partagées sans ton accord.",
    "Configure la confidentialité de tes comptes pour que seuls tes amis voient tes publications.",
    "Si tu as un doute, ne clique pas sur le lien et demande conseil.",
    "Les autorités ne te demanderont jamais de payer par un message sur WhatsApp.",
    "Beaucoup de personnes ont disparu en traversant l'Amérique centrale.",
    "Les trafiquants choisissent souvent les jeunes qui voyagent seuls.",
    "Note les numéros d'urgence sur un papier, au cas où tu perdrais ton téléphone.",
    "Les informations vérifiées portent une date et le nom de l'organisation qui les a revues.",
    "Parle de ce que tu vois en ligne avec tes enfants, sans les juger.",
    "Un voyage irrégulier peut coûter plus cher qu'un voyage légal, en argent et en vies.",
    "Les centres d'information sur la migration offrent des conseils gratuits.",
    "Ne laisse personne garder ton passeport à ta place.",
    "Les rumeurs circulent vite dans les groupes de discussion : vérifie avant de partager.",
];

const ARABIC: &[&str] = &[
    "يعد المهربون برحلة آمنة، لكن كثيرا من الناس يتركون في منتصف الطريق.",
    "قبل أن تسافر، تحدث مع عائلتك ومع شخص تثق به في مجتمعك.",
    "لا تدفع أي مبلغ مقدما لشخص تواصل معك عبر وسائل التواصل الاجتماعي.",
    "مقاطع الفيديو التي تظهر عبورا سهلا للحدود هي غالبا إعلانات للمهربين.",
    "تحقق دائما من المعلومات لدى مصدر رسمي أو منظمة معروفة.",
    "تستغل العصابات الإجرامية شبكات التهريب لخطف المهاجرين وابتزازهم.",
    "احتفظ بنسخة من وثائقك في مكان آمن وأرسل نسخة إلى عائلتك.",
    "إذا طلب منك أحد المال مقابل خدمة مجانية، فهذه عملية احتيال.",
    "خطوط المساعدة مجانية وسرية، وتجيبك بلغتك.",
    "الحساب الذي فيه صور قليلة وأصدقاء كثيرون لا تعرفهم قد يكون حسابا مزيفا.",
    "لا تشارك موقعك المباشر مع أشخاص لا تعرفهم.",
    "يجب أن يعرف الأطفال أنهم يستطيعون التحدث إلى شخص بالغ يثقون به دون خوف.",
    "الرسائل التي تصنع الاستعجال تريد أن تمنعك من التفكير قبل أن تتصرف.",
    "هناك طرق نظامية للهجرة، وهي تحمي حقوقك.",
    "اطلب المساعدة في مركز للمعلومات قبل أن تتخذ قرارك.",
    "الديون التي تؤخذ من المهربين تعرض العائلة كلها للخطر.",
    "عرض العمل الذي يبدو أجمل من الحقيقة غالبا ما يكون فخا.",
    "الصور التي ترسل في محادثة خاصة يمكن نسخها ونشرها دون موافقتك.",
    "اضبط إعدادات الخصوصية في حساباتك حتى لا يرى منشوراتك إلا أصدقاؤك.",
    "إذا شككت في رابط، فلا تضغط عليه واطلب النصيحة.",
    "لن تطلب منك السلطات أبدا أن تدفع عن طريق رسالة على واتساب.",
    "اختفى كثير من الناس أثناء عبورهم أمريكا الوسطى.",
    "يختار المتاجرون بالبشر في الغالب الشباب الذين يسافرون وحدهم.",
    "اكتب أرقام الطوارئ على ورقة، تحسبا لضياع هاتفك.",
    "المعلومات الموثقة تحمل تاريخا واسم المنظمة التي راجعتها.",
    "تحدث مع أطفالك عما يرونه على الإنترنت، دون أن تحكم عليهم.",
    "قد تكلف الرحلة غير النظامية أكثر من الرحلة القانونية، مالا وأرواحا.",
    "تقدم مراكز المعلومات حول الهجرة نصائح مجانية.",
    "لا تترك أحدا يحتفظ بجواز سفرك بدلا منك.",
    "تنتشر الشائعات بسرعة في مجموعات الدردشة: تحقق قبل أن تشارك.",
];

/// The sentences of `lang` (`es`, `en`, `fr` or `ar`); Spanish and English from the pages of
/// the demo in `repo/campaigns`.
pub fn sentences(repo: &Path, lang: &str) -> Vec<String> {
    match lang {
        "fr" => FRENCH.iter().map(std::string::ToString::to_string).collect(),
        "ar" => ARABIC.iter().map(std::string::ToString::to_string).collect(),
        _ => from_demo(repo, lang),
    }
}

/// The sentences of every demo page in `lang`, without Markdown marks.
fn from_demo(repo: &Path, lang: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut files: Vec<_> = walkdir::WalkDir::new(repo.join("campaigns"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .filter(|e| e.path().parent().and_then(|p| p.file_name()).is_some_and(|n| n == lang))
        .map(walkdir::DirEntry::into_path)
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        let body = text.splitn(3, "---\n").nth(2).unwrap_or("");
        for line in body.lines() {
            let line = line.trim_start_matches(['-', '#', '>', ' ', '*', '1', '2', '3', '4', '5', '.']);
            if line.len() < 30 || line.starts_with('|') || line.starts_with('[') || line.contains("](http") {
                continue;
            }
            let plain: String = plain_text(line);
            for sentence in plain.split_inclusive(". ") {
                let sentence = sentence.trim();
                if sentence.split_whitespace().count() >= 5 {
                    sentences.push(sentence.to_string());
                }
            }
        }
    }
    assert!(sentences.len() > 50, "the demo has too few {lang} sentences");
    sentences
}

/// `line` without emphasis, links reduced to their text, and footnote marks dropped.
fn plain_text(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' | '_' | '`' => {}
            '[' if chars.peek() == Some(&'^') => {
                for c in chars.by_ref() {
                    if c == ']' {
                        break;
                    }
                }
            }
            '[' => {}
            ']' if chars.peek() == Some(&'(') => {
                for c in chars.by_ref() {
                    if c == ')' {
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}
