// gonotes patch: this file.

package interp

import (
	"encoding/xml"
	"reflect"
	"strings"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// encoding/xml names the root element of a struct without an XMLName field
// after its type's name, and the reflect type of an interpreted struct has
// no name: xml.Marshal(P{1}) failed with "xml: unsupported type: struct { A
// int }" (Go: <P><A>1</A></P>). For the encoders of xml (their mapTypes
// start with xml.Marshaler), an argument whose static type is a named
// interpreted struct without XMLName, or a pointer to one, is given as a
// copy with a first field `XMLName xml.Name` tagged with the type's name.

var (
	xmlMarshalerType = reflect.TypeOf((*xml.Marshaler)(nil)).Elem()
	xmlNameType      = reflect.TypeOf(xml.Name{})
)

// xmlRootName returns the name xml gives to the root element of a value of
// type t, when t is a named struct type (or a pointer to one) without an
// XMLName field and without methods of its own for xml; or "".
func xmlRootName(t *itype) string {
	if t == nil {
		return ""
	}
	if t.cat == sliceT || t.cat == arrayT {
		// Each element is a root element.
		if t = t.val; t == nil || t.cat == sliceT || t.cat == arrayT {
			return ""
		}
	}
	if t.cat == ptrT {
		t = t.val
	}
	if t == nil || t.name == "" {
		return ""
	}
	// gonotes patch (s15-noticedb): a struct type defined from another
	// (type plain Q) is named by its own name: its runtime type is Q's
	// struct, which xml cannot name ("xml: unsupported type").
	name := t.name
	for t.cat == linkedT && t.val != nil && t.val != t {
		t = t.val
	}
	if t.cat != structT {
		return ""
	}
	for _, f := range t.field {
		if f.name == "XMLName" {
			return ""
		}
	}
	// gonotes patch (s11-gen): an instance of a generic type (A[string,
	// int]) is named without its type arguments, as encoding/xml does;
	// its comma ended the tag's name ("<A[string>").
	if i := strings.IndexByte(name, '['); i >= 0 {
		return name[:i]
	}
	return name
}

// xmlNamed returns v (a struct, a pointer to a struct, an interface
// holding one, or a slice or array of them) as a copy with a first field XMLName tagged name; v itself
// if it is not such a value or its type has a name (a wrapper with
// MarshalXML).
func xmlNamed(v reflect.Value, name string) reflect.Value {
	orig := v
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return orig
		}
		v = v.Elem()
	}
	if k := v.Kind(); k == reflect.Slice || k == reflect.Array {
		if v.Len() == 0 {
			return orig
		}
		elems := make([]reflect.Value, v.Len())
		for i := range elems {
			if elems[i] = xmlNamed(v.Index(i), name); elems[i].Type() != elems[0].Type() {
				return orig
			}
		}
		out := reflect.MakeSlice(reflect.SliceOf(elems[0].Type()), len(elems), len(elems))
		for i, e := range elems {
			out.Index(i).Set(e)
		}
		return out
	}
	ptr := false
	if v.Kind() == reflect.Ptr {
		if v.IsNil() {
			return orig
		}
		v, ptr = v.Elem(), true
	}
	if v.Kind() != reflect.Struct || v.Type().Name() != "" {
		return orig
	}
	if _, ok := v.Type().FieldByName("XMLName"); ok {
		return orig
	}
	fields := make([]reflect.StructField, 0, v.NumField()+1)
	fields = append(fields, reflect.StructField{Name: "XMLName", Type: xmlNameType, Tag: reflect.StructTag(`xml:"` + name + `"`)})
	for i := 0; i < v.NumField(); i++ {
		sf := v.Type().Field(i)
		fields = append(fields, reflect.StructField{Name: sf.Name, PkgPath: sf.PkgPath, Type: sf.Type, Tag: sf.Tag, Anonymous: sf.Anonymous})
	}
	nv := reflect.New(rtStructOf(fields)).Elem() // gonotes patch (s17-embedcompiled): embedded fields of types with methods
	for i := 0; i < v.NumField(); i++ {
		unsafe2.Exported(nv.Field(i + 1)).Set(unsafe2.Exported(v.Field(i)))
	}
	if ptr {
		return nv.Addr()
	}
	return nv
}
