// gonotes patch: this file.

package interp

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Defined types that are their own element type: type L []L, type M
// map[string]M, type C chan C. Go allows them (the element is reached
// through a slice, map or channel, so the type has a size), reflect cannot
// make them (SliceOf needs the element first). type P *P too (s9-embed2):
// the walks of pointer types to their element (baseType, isBin,
// embeddedFields, unexportedPath) stop at such a type.
//
// The declaration's element type is the placeholder of the name being
// declared (an incomplete nilT type); tieSelf makes the element the
// declared type itself, and refType gives such a type the runtime type
// selfRType makes: a named copy (rtname.go makeNamedRType) of the
// descriptor of a type of the same kind and layout whose element is a
// slice, map or channel of a basic type ([][]byte, map[K]map[byte]byte,
// chan chan byte), with its element then set to the copy itself.
// reflect, fmt and encoding/json see main.L whose Elem() is main.L.

// tieSelf returns t, a slice, map, channel or pointer type just declared
// with t.name, made its own element type if its element is the placeholder
// of that name; or the type an earlier pass over the same declaration made
// so, if t's element is that type (a second pass of gta finds the name
// declared), so that the declaration has one type.
func tieSelf(t *itype) *itype {
	switch t.cat {
	case sliceT, mapT, chanT, chanRecvT, chanSendT, ptrT: // s9-embed2: ptrT, type P *P
	default:
		return t
	}
	v := t.val
	if v == nil || v == t || v.name != t.name || v.path != t.path {
		return t
	}
	if v.cat == nilT && v.incomplete {
		t.val = t
		return t
	}
	if v.val == v && v.cat == t.cat && v.node != nil && v.node == t.node && (t.cat != mapT || v.key == t.key) {
		return v
	}
	return t
}

// selfCopyOf returns the type t is a copy of (an itype copied by value,
// as the types of struct fields can be), if that type is its own element
// type (tieSelf) and t has its name, or nil. gonotes patch (s9-embed2).
func selfCopyOf(t *itype) *itype {
	v := t.val
	if v == nil || v == t || v.val != v || t.name == "" || v.name != t.name || v.path != t.path || v.cat != t.cat {
		return nil
	}
	return v
}

// selfRType returns the runtime type of t, a defined type that is its own
// element type (tieSelf). (For a pointer type, the copy of **byte whose
// element is set to itself.)
func selfRType(t *itype) reflect.Type {
	var proto reflect.Type
	switch t.cat {
	case sliceT:
		proto = reflect.TypeOf([][]byte(nil))
	case ptrT:
		proto = reflect.TypeOf((**byte)(nil))
	case chanT:
		proto = reflect.TypeOf((chan chan byte)(nil))
	case chanRecvT:
		proto = reflect.TypeOf((<-chan chan byte)(nil))
	case chanSendT:
		proto = reflect.TypeOf((chan<- chan byte)(nil))
	case mapT:
		if t.key == nil || t.key == t {
			break
		}
		proto = reflect.MapOf(t.key.TypeOf(), reflect.TypeOf(map[byte]byte(nil)))
	}
	pkg := t.path
	str := pkg[strings.LastIndex(pkg, "/")+1:] + "." + t.name
	if proto == nil || !namedTypesWork() {
		panic(fmt.Sprintf("type %s is its own element type: not supported", str))
	}
	r := makeNamedRType(proto, str, pkg)
	if r == nil {
		panic(fmt.Sprintf("type %s is its own element type: not supported", str))
	}
	setSelfElem(r)
	return r
}

// setSelfElem makes r, a slice, map, channel or pointer runtime type made here, its
// own element type. (Only the type without methods is: the element of the
// named runtime type with methods of such a type is that type, as a copy
// whose element is itself would have the same name as its element, which
// reflect's identity check of two named types of one name and package
// never ends on.)
func setSelfElem(r reflect.Type) {
	p := rtTypeOf(r)
	switch r.Kind() {
	case reflect.Slice, reflect.Ptr:
		(*rtElem)(p).elem = p
	case reflect.Map:
		(*rtMap)(p).elem = p
	case reflect.Chan:
		(*rtChan)(p).elem = p
	}
}

// refreshFieldStrs makes again the strings (the interpreter's identity of
// types) of the unnamed slice, array, map, channel and pointer types of
// the fields of the struct type t just named, from their elements': a
// field type made while t was declared ([]Tree in type Tree struct{ Kids
// []Tree }) had the string of t before it had its name ("[]struct {}"),
// so a value of the field was not a []Tree to an assertion or a type
// switch. gonotes patch (s14-typeident).
func refreshFieldStrs(t *itype) {
	if t == nil || t.cat != structT {
		return
	}
	for _, f := range t.field {
		refreshStr(f.typ, 0)
	}
}

// refreshStr makes again the string of t, an unnamed slice, array, map,
// channel or pointer type, from its elements' (refreshFieldStrs).
func refreshStr(t *itype, depth int) {
	if t == nil || t.name != "" || depth > 16 {
		return
	}
	switch t.cat {
	case sliceT, arrayT, ptrT, chanT, chanRecvT, chanSendT:
		if t.val == nil {
			return
		}
		refreshStr(t.val, depth+1)
	case mapT:
		if t.key == nil || t.val == nil {
			return
		}
		refreshStr(t.key, depth+1)
		refreshStr(t.val, depth+1)
	default:
		return
	}
	switch t.cat {
	case sliceT:
		t.str = "[]" + t.val.str
	case arrayT:
		t.str = "[" + strconv.Itoa(t.length) + "]" + t.val.str
	case ptrT:
		t.str = "*" + t.val.str
	case chanT:
		t.str = "chan " + t.val.str
	case chanRecvT:
		t.str = "<-chan " + t.val.str
	case chanSendT:
		t.str = "chan<- " + t.val.str
	case mapT:
		t.str = "map[" + t.key.str + "]" + t.val.str
	}
}
