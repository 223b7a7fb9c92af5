// gonotes patch: this file.

package interp

import (
	"reflect"
	"strconv"
	"unsafe"
)

// Struct runtime types whose fields have the runtime types of interpreted
// types (see rtname.go, rtcompose.go).
//
// The reflect type of an interpreted struct type is a reflect.StructOf of
// the reflect types of its fields, so a field of an interpreted defined
// type has its underlying type: given to compiled code, a struct
// `Task{Status Status; Tags []Tag}` had fields of types int and []string,
// text/template found no method on `.Status`, reflect saw
// Field(i).Type.Name() == "". Where a field's type has a runtime type of
// its own (crossRType: a named runtime type, a composite of such types, a
// struct of such fields), the struct runtime type given to compiled code
// is made of those: for a defined struct type, the named copy of a copy
// of the interpreter's struct descriptor whose fields name those types
// (same names, tags, offsets, flags and functions: the field types have
// the same layout); for an unnamed struct type (struct{ L Level }), a
// reflect.StructOf of the fields with those types. A field whose type
// refers back to the struct (type Node struct{ Next *Node }) is given its
// runtime type once the named copy exists (selfFields: *main.Node is the
// pointer type of the copy), and every field keeps its type if one of
// their runtime types differs in size, alignment or pointer layout (then
// the struct has no such type).

// structUnder returns the struct runtime type of the interpreted struct
// type t (or of a defined type whose underlying type is a struct type)
// with the runtime types of its fields (crossRType), or nil if no field
// has one. For a defined type, the result is only a descriptor to copy
// (makeNamedRType, makeMethodRType); for an unnamed struct type it is the
// reflect.StructOf of the fields.
func (interp *Interpreter) structUnder(t *itype) reflect.Type {
	s := t
	for s != nil && s.cat == linkedT {
		s = s.val
	}
	if s == nil || s.cat != structT || s.incomplete || isGeneric(s) {
		return nil
	}
	under := t.TypeOf()
	if under == nil || under.Kind() != reflect.Struct || under.NumField() != len(s.field) {
		return nil
	}
	types := make([]reflect.Type, len(s.field))
	changed := false
	for i, f := range s.field {
		orig := under.Field(i).Type
		types[i] = orig
		if f.typ == nil || typeReaches(f.typ, t, s, map[*itype]bool{}) {
			continue
		}
		ft := interp.crossRType(f.typ)
		if ft == nil || ft == orig {
			continue
		}
		if !sameLayout(ft, orig) {
			return nil
		}
		types[i] = ft
		changed = true
	}
	if !changed {
		return nil
	}
	if t.name != "" {
		return withFieldTypes(under, types)
	}
	return structOfTypes(under, types)
}

// sameLayout reports whether values of the types a and b have the same
// memory layout (a runtime type made for an interpreted type and the
// interpreter's reflect type of it).
func sameLayout(a, b reflect.Type) bool {
	if a.Kind() != b.Kind() || a.Size() != b.Size() || a.Align() != b.Align() || a.FieldAlign() != b.FieldAlign() {
		return false
	}
	return (*rtAbiType)(rtTypeOf(a)).ptrBytes == (*rtAbiType)(rtTypeOf(b)).ptrBytes
}

// typeReaches reports whether the type x refers to the struct type t (or
// its struct s) through its elements, keys and fields.
func typeReaches(x, t, s *itype, seen map[*itype]bool) bool {
	if x == nil || seen[x] {
		return false
	}
	if x == t || x == s || x.name != "" && x.name == t.name && x.path == t.path {
		return true
	}
	seen[x] = true
	switch x.cat {
	case linkedT, ptrT, sliceT, arrayT, chanT, chanSendT, chanRecvT, variadicT:
		return typeReaches(x.val, t, s, seen)
	case mapT:
		return typeReaches(x.key, t, s, seen) || typeReaches(x.val, t, s, seen)
	case structT:
		for _, f := range x.field {
			if typeReaches(f.typ, t, s, seen) {
				return true
			}
		}
	}
	return false
}

// withFieldTypes returns a copy of the struct runtime descriptor of under
// whose fields have the types types (of the same layouts).
func withFieldTypes(under reflect.Type, types []reflect.Type) reflect.Type {
	src := (*rtStruct)(rtTypeOf(under))
	if len(src.fields) != len(types) {
		return nil
	}
	d := new(rtStruct)
	*d = *src
	d.tflag &^= tflagUncommon // no uncommon part follows the copy
	d.fields = append(d.fields[:0:0], src.fields...)
	for i, ft := range types {
		d.fields[i].typ = rtTypeOf(ft)
	}
	return rtTypeFor(unsafe.Pointer(d))
}

// structOfTypes returns reflect.StructOf of the fields of under with the
// types types, or nil if reflect cannot make it (an embedded field of a
// type with methods) or its layout differs.
func structOfTypes(under reflect.Type, types []reflect.Type) reflect.Type {
	if r := structOfTypesOnce(under, types); r != nil {
		return r
	}
	// gonotes patch (s14-public9b): reflect.StructOf cannot embed a type
	// with methods beside other fields (struct{ *Invoice; N int }), and
	// the whole struct was left with the interpreter's field types (the
	// []Line inside *Invoice without Line's methods: a template could not
	// evaluate {{.Total}} on its elements). Such an embedded field gets a
	// copy of its type without methods, whose own field types are kept.
	var ts []reflect.Type
	for i, t := range types {
		if !under.Field(i).Anonymous || !hasMethodTable(t) {
			continue
		}
		m := methodlessCopy(t, 0)
		if m == nil {
			return nil
		}
		if ts == nil {
			ts = append([]reflect.Type(nil), types...)
		}
		ts[i] = m
	}
	if ts == nil {
		return nil
	}
	return structOfTypesOnce(under, ts)
}

// methodlessCopy returns a struct type with the fields of the struct type
// t (or a pointer to one) and no methods (or a pointer to it), or nil.
// gonotes patch (s14-public9b).
func methodlessCopy(t reflect.Type, depth int) (r reflect.Type) {
	if depth > 8 {
		return nil
	}
	if t.Kind() == reflect.Ptr {
		if e := methodlessCopy(t.Elem(), depth+1); e != nil {
			return reflect.PointerTo(e)
		}
		return nil
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	defer func() {
		if recover() != nil {
			r = nil
		}
	}()
	fields := make([]reflect.StructField, t.NumField())
	for i := range fields {
		f := t.Field(i)
		fields[i] = reflect.StructField{Name: f.Name, PkgPath: f.PkgPath, Type: f.Type, Tag: f.Tag, Anonymous: f.Anonymous}
		if f.Anonymous && hasMethodTable(f.Type) {
			if fields[i].Type = methodlessCopy(f.Type, depth+1); fields[i].Type == nil {
				return nil
			}
		}
	}
	r = rtStructOf(fields) // gonotes patch (s17-embedcompiled): embedded fields of types with methods
	if !sameLayout(r, t) {
		return nil
	}
	return r
}

// structOfTypesOnce is structOfTypes without the retry.
func structOfTypesOnce(under reflect.Type, types []reflect.Type) (r reflect.Type) {
	defer func() {
		if recover() != nil {
			r = nil
		}
	}()
	fields := make([]reflect.StructField, under.NumField())
	for i := range fields {
		f := under.Field(i)
		fields[i] = reflect.StructField{Name: f.Name, PkgPath: f.PkgPath, Type: types[i], Tag: f.Tag, Anonymous: f.Anonymous}
	}
	r = rtStructOf(fields) // gonotes patch (s17-embedcompiled): embedded fields of types with methods
	if !sameLayout(r, under) {
		return nil
	}
	for i := range fields {
		if r.Field(i).Offset != under.Field(i).Offset {
			return nil
		}
	}
	return r
}

// rtDeps returns what identifies the runtime types a composite or struct
// runtime type r (composedUnder) is made of: r itself if reflect made it
// (one type for the same elements), the addresses of its field types for
// the copy of a descriptor (withFieldTypes), nil for nil.
func rtDeps(r reflect.Type) any {
	if r == nil {
		return nil
	}
	if r.Kind() != reflect.Struct || r.Name() != "" {
		return r
	}
	if _, made := namedBacks.Load(r); made {
		return r // an unnamed struct type (structOfTypes)
	}
	var b []byte
	for _, f := range (*rtStruct)(rtTypeOf(r)).fields {
		b = strconv.AppendUint(b, uint64(uintptr(f.typ)), 16)
		b = append(b, ' ')
	}
	return string(b)
}

// %#v of fmt: an argument whose type is made of interpreted types is given
// to fmt converted (fmtconv.go: elements and fields with fmt's methods
// become wrappers, []Tag a []string), and fmttype.go's replacers fix the
// names of struct types only (%#v of a struct with a []Tag field printed
// []string{...}). Where the argument's type has a runtime type whose
// types are all named (crossRType), and fmt would call no method of an
// interpreted type that its runtime types lack, %#v is given the value of
// that runtime type: fmt prints Go's names.

// sharpNamed returns a func giving the value of c for %#v as a value of
// its runtime type (or an invalid value if it has none), or nil if c's
// type cannot have one.
func sharpNamed(c *node) func(*frame) reflect.Value {
	t := c.typ
	if t == nil || c.interp == nil || t.cat == valueT || isInterface(t) || t.untyped {
		return nil
	}
	interp := c.interp
	value := genValue(c)
	return func(f *frame) reflect.Value {
		if !interp.fmtNamed(t) {
			return reflect.Value{}
		}
		v := value(f)
		if !v.IsValid() || v.Kind() == reflect.Interface {
			return reflect.Value{}
		}
		r := interp.toNamed(t, v)
		if r.Type() == v.Type() {
			return reflect.Value{}
		}
		return r
	}
}

// fmtNamed reports whether fmt given a value of t as a value of its
// runtime type (crossRType) prints it as Go prints a value of t: t has
// one, and every type in it (elements, keys, fields) is either without
// methods or has its runtime type with its methods (no embedded fields
// with methods, no interface or func values, no struct that refers to
// itself).
func (interp *Interpreter) fmtNamed(t *itype) bool {
	if interp.crossRType(t) == nil {
		return false
	}
	seen := map[*itype]bool{}
	var ok func(x *itype) bool
	ok = func(x *itype) bool {
		if x == nil {
			return false
		}
		if seen[x] {
			return !(x.cat == structT || x.cat == linkedT) // a struct that refers to itself
		}
		seen[x] = true
		if isInterface(x) || x.cat == funcT || x.cat == errorT || isGeneric(x) {
			return false
		}
		if x.cat == valueT {
			return x.rtype != nil && x.rtype.Kind() != reflect.Interface && x.rtype.Kind() != reflect.Func
		}
		if len(x.method) > 0 && interp.namedRType(x) == nil {
			return false
		}
		res := true
		switch x.cat {
		case linkedT, ptrT, sliceT, arrayT, chanT, chanSendT, chanRecvT, variadicT:
			res = ok(x.val)
		case mapT:
			res = ok(x.key) && ok(x.val)
		case structT:
			for _, fl := range x.field {
				if fl.embed && (len(fl.typ.method) > 0 || fl.typ.cat == ptrT && fl.typ.val != nil && len(fl.typ.val.method) > 0 || fl.typ.cat == valueT) {
					return false // promoted methods are not in the runtime type
				}
				if !ok(fl.typ) {
					return false
				}
			}
		}
		seen[x] = false // reachable again through another path
		return res
	}
	return ok(t)
}

// selfFields gives the fields of r, the named runtime type just made for
// the interpreted struct type t, whose types refer back to t (Next *Node,
// Kids []Node, which structUnder leaves with the interpreter's reflect
// types) the runtime types of those types, made now that r is known
// (crossRType finds r for t): *main.Node, []main.Node. reflect cannot make
// such a struct type (StructOf needs its field types first); r is a copy
// of a descriptor, whose fields get a copy of their own before they are
// set. A field whose runtime type differs in layout keeps its type.
// (gonotes patch)
func (interp *Interpreter) selfFields(t *itype, r reflect.Type) {
	s := t
	for s != nil && s.cat == linkedT {
		s = s.val
	}
	if s == nil || s.cat != structT || r.Kind() != reflect.Struct || r.NumField() != len(s.field) {
		return
	}
	d := (*rtStruct)(rtTypeOf(r))
	copied := false
	for i, f := range s.field {
		if f.typ == nil || !typeReaches(f.typ, t, s, map[*itype]bool{}) {
			continue
		}
		orig := r.Field(i).Type
		ft := interp.crossRType(f.typ)
		if ft == nil || ft == orig || !sameLayout(ft, orig) {
			continue
		}
		if !copied {
			d.fields = append(d.fields[:0:0], d.fields...)
			copied = true
		}
		d.fields[i].typ = rtTypeOf(ft)
	}
}
