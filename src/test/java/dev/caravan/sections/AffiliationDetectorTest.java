package dev.caravan.sections;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AffiliationDetectorTest {

    private final AffiliationDetector detector = new AffiliationDetector();

    @ParameterizedTest
    @ValueSource(strings = {
        "Department of Psychological Medicine, Institute of Psychiatry, Psychology and Neuroscience, King's College London, London, United Kingdom.",
        "South London and Maudsley NHS Foundation Trust, London, United Kingdom.",
        "Klinik und Poliklinik für Psychiatrie, Universitätsklinikum Hamburg-Eppendorf, Martinistraße 52, 20246 Hamburg, Deutschland.",
        "Service de Psychiatrie, Centre Hospitalier Universitaire de Lyon, Lyon, France.",
        "Departamento de Farmacología, Universidad Complutense de Madrid, 28040 Madrid, España.",
        "Dipartimento di Neuroscienze, Università degli Studi di Padova, Padova, Italia.",
        "Кафедра фармакологии, Санкт-Петербургский государственный университет, Санкт-Петербург, Россия.",
        "京都大学大学院医学研究科脳病態生理学講座精神医学教室、京都、日本。",
        "中南大学湘雅二医院精神科，长沙 410011，中国。",
        "서울대학교병원 정신건강의학과, 서울, 한국.",
        "Division of Psychiatry, University of Edinburgh, Edinburgh, Scotland. Electronic address: a.b@ed.ac.uk.",
        "Laboratory of Molecular Psychiatry, Tokyo 113-8655, Japan.",
    })
    void affiliationsInManyLanguages(String line) {
        assertTrue(detector.looksLikeAffiliation(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ketamine remains an off-label treatment for treatment-resistant depression.",
        "J Psychopharmacol. 2021 Feb;35(2):109-123. doi: 10.1177/0269881120959644. Epub 2020 Nov 6.",
        "Jelen LA, Young AH, Stone JM.",
        "London, United Kingdom.",
        "We recruited patients from three university hospitals in the north of England between 2015 and 2019, "
                + "excluding those with psychotic symptoms, substance use disorders or a history of epilepsy, and "
                + "followed them for two years with monthly interviews, rating scales and blood samples.",
        "",
    })
    void otherLinesAreNot(String line) {
        assertFalse(detector.looksLikeAffiliation(line), line);
    }
}
