#pragma once
// Private: what the XML readers (GraphML, GEXF) share: the parsed text with the
// locations of its elements, the import into the model, and the check of the root.

#include <string>
#include <string_view>

#include "ecosys/error.hpp"
#include "ecosys/io/import_options.hpp"
#include "io/foreign_import.hpp"
#include "io/xml_util.hpp"

namespace ecosys::detail {

class XmlImport {
protected:
    /// `format` names the format in messages ("GraphML").
    XmlImport(std::string_view text, const std::string& source, const std::string& format, const ImportOptions& options)
        : xml_(text, source), import_(format + " file", source, options) {
        import_.set_input_size(text.size());
    }

    /// The root element, which must be <root>; else a ParseError asking whether the
    /// file is one of `format`.
    [[nodiscard]] pugi::xml_node root_element(std::string_view root, const std::string& format) const {
        pugi::xml_node element = xml_.document().document_element();
        if (local_name(element) != root)
            throw ParseError(xml_.at(element), "the root element is <" + std::string(element.name()) + ">, not <" +
                                                   std::string(root) + ">; is this a " + format + " file?");
        return element;
    }

    XmlText xml_;
    ForeignImport import_;
};

}  // namespace ecosys::detail
