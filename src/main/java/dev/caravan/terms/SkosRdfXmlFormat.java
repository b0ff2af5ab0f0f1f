package dev.caravan.terms;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * SKOS in RDF/XML: each {@code skos:Concept} (or {@code rdf:Description} typed as one) becomes a concept.
 * Id: {@code skos:notation} if present, else the {@code rdf:about} IRI. Terms: {@code skos:prefLabel},
 * {@code altLabel} and {@code hiddenLabel} with their {@code xml:lang}. Label: the English prefLabel, else
 * the first one. Category: the last path segment of {@code skos:inScheme}, else "concept".
 */
final class SkosRdfXmlFormat implements VocabularyFormat {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String XML = XMLConstants.XML_NS_URI;

    @Override
    public List<Concept> read(InputStream in, String name) throws IOException {
        org.w3c.dom.Document xml = parse(in, name);
        List<Concept> concepts = new ArrayList<>();
        NodeList all = xml.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (isConcept(element)) {
                concepts.add(toConcept(element, name));
            }
        }
        return concepts;
    }

    private static org.w3c.dom.Document parse(InputStream in, String name) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // vocabulary files come from users: no DTDs, no external entities
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot read SKOS RDF/XML " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean isConcept(Element element) {
        if (SKOS.equals(element.getNamespaceURI()) && "Concept".equals(element.getLocalName())) {
            return true;
        }
        if (!RDF.equals(element.getNamespaceURI()) || !"Description".equals(element.getLocalName())) {
            return false;
        }
        for (Element type : children(element, RDF, "type")) {
            if ((SKOS + "Concept").equals(type.getAttributeNS(RDF, "resource"))) {
                return true;
            }
        }
        return false;
    }

    private static Concept toConcept(Element element, String name) {
        List<Element> notations = children(element, SKOS, "notation");
        String id = notations.isEmpty() ? element.getAttributeNS(RDF, "about") : notations.get(0).getTextContent().strip();
        if (id.isBlank()) {
            throw new IllegalArgumentException(name + ": a skos:Concept has neither skos:notation nor rdf:about");
        }
        List<Synonym> synonyms = new ArrayList<>();
        String firstLabel = null;
        String englishLabel = null;
        for (Element pref : children(element, SKOS, "prefLabel")) {
            Synonym synonym = new Synonym(pref.getTextContent(), language(pref));
            synonyms.add(synonym);
            firstLabel = firstLabel == null ? synonym.text() : firstLabel;
            if (englishLabel == null && "en".equals(synonym.language())) {
                englishLabel = synonym.text();
            }
        }
        String label = englishLabel != null ? englishLabel : firstLabel;
        for (String property : List.of("altLabel", "hiddenLabel")) {
            for (Element alt : children(element, SKOS, property)) {
                synonyms.add(new Synonym(alt.getTextContent(), language(alt)));
            }
        }
        if (label == null) {
            throw new IllegalArgumentException(name + ": concept " + id + " has no skos:prefLabel");
        }
        List<Element> schemes = children(element, SKOS, "inScheme");
        String category = schemes.isEmpty() ? "concept" : lastSegment(schemes.get(0).getAttributeNS(RDF, "resource"));
        return new Concept(id, label, category, synonyms);
    }

    /** xml:lang of the element or its nearest ancestor that has one, reduced to the primary language subtag. */
    private static String language(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String lang = e.getAttributeNS(XML, "lang");
            if (!lang.isEmpty()) {
                int dash = lang.indexOf('-');
                return (dash > 0 ? lang.substring(0, dash) : lang).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return Synonym.UNKNOWN_LANGUAGE;
    }

    private static String lastSegment(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 ? iri.substring(cut + 1) : iri;
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
