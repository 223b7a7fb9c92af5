// gonotes patch: this file (s9-methods).

package interp

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
)

// json.Unmarshal into a slot of a notebook interface type with methods.
// Go's decoder cannot make a value of an interface type with methods: it
// decodes into the pointer such a slot holds, sets the slot to nil for a
// JSON null, and otherwise leaves the slot as it is and returns an
// *json.UnmarshalTypeError ("json: cannot unmarshal object into Go struct
// field Holder.Shape of type main.Shape"). Such a slot is an `any` (a
// struct field) or a valueInterface (a variable) to reflect: the decoder
// put a map[string]any (or a []any, a float64...) into a field, and
// decoded nothing into a variable, silently. jsonIfaceGuard notes the
// slots before the call and, after it, puts back what such a slot held
// and makes the error Go gives.

// jsonIfaceSlot is a field of a notebook interface type with methods
// reached from the value a decoder's argument points to.
type jsonIfaceSlot struct {
	path  []int  // field indexes
	field string // the JSON names of the fields, joined by dots
	owner string // the name of the struct type of the last field
	iface *itype // the field's type
	// gonotes patch (s12): container, 's' for a field of a slice or array
	// of such an interface type, 'm' for a map of it: Go's decoder fails
	// on each element that is not null (the element stays nil).
	container byte
}

var jsonUnmarshalPC = reflect.ValueOf(json.Unmarshal).Pointer()

// isJSONUnmarshal reports whether n (the func of a call) is json.Unmarshal.
func isJSONUnmarshal(n *node) bool {
	return n.rval.IsValid() && n.rval.Kind() == reflect.Func && n.rval.Pointer() == jsonUnmarshalPC
}

// isMethodIface reports whether t is a notebook interface type with
// methods.
func isMethodIface(t *itype) bool {
	return t != nil && isInterfaceSrc(t) && len(t.methods()) > 0
}

// jsonIfaceSlots returns the slots of fields of t (a struct type, through
// struct fields, not pointers, slices or maps, nor embedded fields).
func jsonIfaceSlots(t *itype, path []int, names []string, seen map[*itype]bool) []jsonIfaceSlot {
	owner := t
	for t != nil && t.cat == linkedT && t.val != nil {
		t = t.val
	}
	if t == nil || t.cat != structT || seen[t] {
		return nil
	}
	seen[t] = true
	defer delete(seen, t)
	var res []jsonIfaceSlot
	for i, fl := range t.field {
		if fl.embed || !canExport(fl.name) {
			continue
		}
		jn := fl.name
		if tag, ok := reflect.StructTag(fl.tag).Lookup("json"); ok {
			n, _, _ := strings.Cut(tag, ",")
			if n == "-" && !strings.Contains(tag, ",") {
				continue
			}
			if n != "" {
				jn = n
			}
		}
		p := append(append([]int(nil), path...), i)
		ns := append(append([]string(nil), names...), jn)
		var container byte
		if ft := fl.typ; ft != nil && (ft.cat == sliceT || ft.cat == arrayT) && isMethodIface(ft.val) {
			container = 's'
		} else if ft != nil && ft.cat == mapT && isMethodIface(ft.val) {
			container = 'm'
		}
		if isMethodIface(fl.typ) || container != 0 {
			name := owner.name
			if name == "" {
				name = t.name
			}
			it := fl.typ
			if container != 0 {
				it = fl.typ.val
			}
			res = append(res, jsonIfaceSlot{path: p, field: strings.Join(ns, "."), owner: name, iface: it, container: container})
			continue
		}
		res = append(res, jsonIfaceSlots(fl.typ, p, ns, seen)...)
	}
	return res
}

// jsonIfaceGuard returns, for the type t of json.Unmarshal's second
// argument, the func to call before the call with the arguments (data,
// pointer), which returns the func to call after it with the call's error
// (an error interface value), or nil if t reaches no such slot.
func (interp *Interpreter) jsonIfaceGuard(t *itype) func(data, p reflect.Value) func(errv reflect.Value) {
	if t == nil || t.cat != ptrT || t.val == nil {
		return nil
	}
	if isMethodIface(t.val) && t.val.TypeOf() == valueInterfaceType {
		it := t.val
		return func(data, p reflect.Value) func(reflect.Value) {
			if p.Kind() != reflect.Ptr || p.IsNil() || p.Type().Elem() != valueInterfaceType {
				return nil
			}
			if _, ok := viPointer(p.Elem()); ok {
				return nil // decoded into the pointer it holds
			}
			kind := jsonValueKind(data)
			return func(errv reflect.Value) {
				if kind == "" || !errv.CanSet() || !errv.IsNil() {
					return
				}
				if kind == "null" {
					p.Elem().Set(reflect.Zero(valueInterfaceType))
					return
				}
				errv.Set(reflect.ValueOf(&json.UnmarshalTypeError{Value: kind, Type: interp.ifaceErrType(it)}))
			}
		}
	}
	slots := jsonIfaceSlots(t.val, nil, nil, map[*itype]bool{})
	if len(slots) == 0 {
		return nil
	}
	return func(data, p reflect.Value) func(reflect.Value) {
		if p.Kind() != reflect.Ptr || p.IsNil() {
			return nil
		}
		b, ok := data.Interface().([]byte)
		if !ok {
			return nil
		}
		b = append([]byte(nil), b...) // the caller may change it meanwhile
		return func(errv reflect.Value) {
			if errv.IsValid() && !errv.IsNil() {
				// gonotes patch (s12): the decoder's own error for an
				// element of such a container (a string into a
				// valueInterface) names the interface type.
				if ute, ok := errv.Interface().(*json.UnmarshalTypeError); ok && ute.Type == valueInterfaceType {
					for _, sl := range slots {
						if sl.container != 0 && sl.field == ute.Field {
							ute.Type = interp.ifaceErrType(sl.iface)
							break
						}
					}
				}
				return
			}
			if !errv.CanSet() {
				return
			}
			var doc any
			if json.Unmarshal(b, &doc) != nil {
				return
			}
			var first error
			for _, sl := range slots {
				if sl.container != 0 {
					// gonotes patch (s12): the first element not null.
					jv, found := jsonAt(doc, strings.Split(sl.field, "."))
					if kind := jsonFirstElemKind(jv, sl.container); found && kind != "" && first == nil {
						first = &json.UnmarshalTypeError{Value: kind, Type: interp.ifaceErrType(sl.iface), Struct: sl.owner, Field: sl.field}
					}
					continue
				}
				s := fieldAt(p.Elem(), sl.path)
				if !s.IsValid() || s.Type() != valueInterfaceType || !s.CanSet() {
					continue
				}
				if _, ok := viPointer(s); ok {
					continue // decoded into the pointer it holds
				}
				jv, found := jsonAt(doc, strings.Split(sl.field, "."))
				if !found {
					continue
				}
				kind := ""
				switch jv.(type) {
				case nil:
					s.Set(reflect.Zero(valueInterfaceType))
					continue
				case map[string]any:
					kind = "object"
				case []any:
					kind = "array"
				case float64:
					kind = "number"
				case string:
					kind = "string"
				case bool:
					kind = "bool"
				}
				if first == nil {
					first = &json.UnmarshalTypeError{Value: kind, Type: interp.ifaceErrType(sl.iface), Struct: sl.owner, Field: sl.field}
				}
			}
			if first != nil {
				errv.Set(reflect.ValueOf(&first).Elem())
			}
		}
	}
}

// jsonAt returns the value of the decoded JSON document doc at the object
// keys names (matched as encoding/json matches field names: exactly, else
// without case), and whether there is one.
func jsonAt(doc any, names []string) (any, bool) {
	for _, name := range names {
		m, ok := doc.(map[string]any)
		if !ok {
			return nil, false
		}
		v, ok := m[name]
		if !ok {
			for k, x := range m {
				if strings.EqualFold(k, name) {
					v, ok = x, true
				}
			}
		}
		if !ok {
			return nil, false
		}
		doc = v
	}
	return doc, true
}

// jsonValueKind returns the kind of the JSON value data (a []byte) starts
// with as an UnmarshalTypeError names it, "null", or "" if it is not valid
// JSON (the decoder's error is then the call's).
func jsonValueKind(data reflect.Value) string {
	b, ok := data.Interface().([]byte)
	if !ok || !json.Valid(b) {
		return ""
	}
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 {
		return ""
	}
	switch c := b[0]; {
	case c == '{':
		return "object"
	case c == '[':
		return "array"
	case c == '"':
		return "string"
	case c == 't' || c == 'f':
		return "bool"
	case c == 'n':
		return "null"
	}
	return "number"
}

// namedIfaceRType is the reflect type of an error naming a notebook
// interface type, which has no runtime type of its own: its String and
// Name are the notebook type's.
type namedIfaceRType struct {
	reflect.Type
	str, name, pkg string
}

func (t namedIfaceRType) String() string  { return t.str }
func (t namedIfaceRType) Name() string    { return t.name }
func (t namedIfaceRType) PkgPath() string { return t.pkg }

// ifaceErrType returns the reflect type naming the notebook interface
// type t in an error.
func (interp *Interpreter) ifaceErrType(t *itype) reflect.Type {
	rt := t.TypeOf()
	if t.name == "" || t.path == "" {
		return rt
	}
	pkg := t.path
	return namedIfaceRType{Type: rt, str: pkg[strings.LastIndex(pkg, "/")+1:] + "." + t.name, name: t.name, pkg: pkg}
}

// jsonFirstElemKind returns the JSON kind of the first element of jv (a
// decoded array for container 's', object for 'm', in the order of its
// keys) that is not null, or "". gonotes patch (s12).
func jsonFirstElemKind(jv any, container byte) string {
	var elems []any
	switch v := jv.(type) {
	case []any:
		if container == 's' {
			elems = v
		}
	case map[string]any:
		if container == 'm' {
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				elems = append(elems, v[k])
			}
		}
	}
	for _, e := range elems {
		switch e.(type) {
		case nil:
			continue
		case map[string]any:
			return "object"
		case []any:
			return "array"
		case float64:
			return "number"
		case string:
			return "string"
		case bool:
			return "bool"
		}
	}
	return ""
}
