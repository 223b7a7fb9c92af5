// gonotes patch (s12): this file.

package interp

import (
	"reflect"
	"sync"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// encoding/gob of a value holding values of notebook interface types in
// its fields, elements or map values (struct{ Shapes []Shape; Main Shape
// }): such a value is, to reflect, the interpreter's struct valueInterface,
// and gob failed ("gob: type interp.valueInterface has no exported
// fields"). Encode is given a view of the value whose type has `any` in
// place of valueInterface (structs made again with reflect.StructOf), each
// holding the value as a value of its named runtime type (what gob.Register
// of a notebook type registers); Decode decodes into such a view made from
// the variable, then copies it back, each `any` becoming the interpreter's
// value of its dynamic type.

var gobViewTypes sync.Map // reflect.Type -> reflect.Type (itself if no view)

// gobViewType returns the view type of t, and whether it differs from t.
func gobViewType(t reflect.Type) (reflect.Type, bool) {
	if v, ok := gobViewTypes.Load(t); ok {
		vt := v.(reflect.Type)
		return vt, vt != t
	}
	vt, changed := gobView(t, map[reflect.Type]bool{}, 0)
	if !changed {
		vt = t
	}
	gobViewTypes.Store(t, vt)
	return vt, changed
}

func gobView(t reflect.Type, seen map[reflect.Type]bool, depth int) (reflect.Type, bool) {
	if t == valueInterfaceType {
		return emptyInterfaceType, true
	}
	if depth > 16 || seen[t] {
		return t, false
	}
	switch t.Kind() {
	case reflect.Ptr:
		if e, ok := gobView(t.Elem(), seen, depth+1); ok {
			return reflect.PointerTo(e), true
		}
	case reflect.Slice:
		if e, ok := gobView(t.Elem(), seen, depth+1); ok {
			return reflect.SliceOf(e), true
		}
	case reflect.Array:
		if e, ok := gobView(t.Elem(), seen, depth+1); ok {
			return reflect.ArrayOf(t.Len(), e), true
		}
	case reflect.Map:
		if _, ok := gobView(t.Key(), seen, depth+1); ok {
			return t, false
		}
		if e, ok := gobView(t.Elem(), seen, depth+1); ok {
			return reflect.MapOf(t.Key(), e), true
		}
	case reflect.Struct:
		seen[t] = true
		defer delete(seen, t)
		fields := make([]reflect.StructField, t.NumField())
		changed := false
		var self []int8 // gonotes patch (s17-ifacelayout): gobSelfView
		for i := range fields {
			sf := t.Field(i)
			fields[i] = reflect.StructField{Name: sf.Name, PkgPath: sf.PkgPath, Type: sf.Type, Tag: sf.Tag, Anonymous: sf.Anonymous}
			if k := gobSelfKind(sf.Type, t); k != 0 {
				if self == nil {
					self = make([]int8, len(fields))
				}
				self[i] = k
				continue
			}
			if ft, ok := gobView(sf.Type, seen, depth+1); ok {
				fields[i].Type, changed = ft, true
			}
		}
		if !changed {
			return t, false
		}
		for i := range fields {
			if fields[i].Anonymous && (fields[i].PkgPath != "" || fields[i].Type.NumMethod() > 0 || fields[i].Type != t.Field(i).Type) {
				fields[i].Anonymous = false
			}
		}
		if self != nil {
			if r := gobSelfView(t, fields, self); r != nil {
				return r, true
			}
		}
		return rtStructOf(fields), true // gonotes patch (s17-embedcompiled): embedded fields of types with methods
	}
	return t, false
}

// gobSelfKind tells whether ft, the type of a field of the struct type t,
// is *t (1) or []*t (2). gonotes patch (s17-ifacelayout).
func gobSelfKind(ft, t reflect.Type) int8 {
	switch {
	case ft.Kind() == reflect.Ptr && ft.Elem() == t:
		return 1
	case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Ptr && ft.Elem().Elem() == t:
		return 2
	}
	return 0
}

// gobSelfView returns the view type of the struct type t that reaches
// itself through fields of type *t or []*t (self: 1 or 2 by field, see
// gobSelfKind) and has fields of other types in its view (fields):
// reflect.StructOf cannot make a type that refers to itself, so the view
// is a named copy (of t's name, as gob names it) of the struct made with
// placeholders of the same layouts (*byte, []*byte) for those fields,
// whose fields are then of the copy's own pointer type (a copy of the
// field table: StructOf's type is not changed). It returns nil if no
// named copy can be made. gonotes patch (s17-ifacelayout): "gob: type
// interp.valueInterface has no exported fields" for type Drawing
// struct{ Shapes []Shape; Next *Drawing }.
func gobSelfView(t reflect.Type, fields []reflect.StructField, self []int8) reflect.Type {
	if !namedTypesWork() {
		return nil
	}
	for i, k := range self {
		switch k {
		case 1:
			fields[i].Type = reflect.TypeOf((*byte)(nil))
		case 2:
			fields[i].Type = reflect.TypeOf([]*byte(nil))
		}
	}
	str, pkg := t.String(), t.PkgPath()
	if t.Name() == "" || pkg == "" {
		str, pkg = "main.gobView", "main"
	}
	named := makeNamedRType(rtStructOf(fields), str, pkg) // gonotes patch (s17-embedcompiled)
	if named == nil {
		return nil
	}
	d := (*rtStruct)(rtTypeOf(named))
	d.fields = append(d.fields[:0:0], d.fields...)
	pn := reflect.PointerTo(named)
	for i, k := range self {
		switch k {
		case 1:
			d.fields[i].typ = rtTypeOf(pn)
		case 2:
			d.fields[i].typ = rtTypeOf(reflect.SliceOf(pn))
		}
	}
	return named
}

// gobToView returns v as a value of the view type vt.
func (interp *Interpreter) gobToView(v reflect.Value, vt reflect.Type) reflect.Value {
	if !v.IsValid() {
		return reflect.Zero(vt)
	}
	if v.Type() == vt {
		return v
	}
	switch {
	case v.Type() == valueInterfaceType:
		return interp.crossVIData(v, 16)
	case v.Kind() == reflect.Ptr:
		if v.IsNil() {
			return reflect.Zero(vt)
		}
		p := reflect.New(vt.Elem())
		p.Elem().Set(interp.gobToView(v.Elem(), vt.Elem()))
		return p
	case v.Kind() == reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(vt)
		}
		out := reflect.MakeSlice(vt, v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(interp.gobToView(v.Index(i), vt.Elem()))
		}
		return out
	case v.Kind() == reflect.Array:
		out := reflect.New(vt).Elem()
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(interp.gobToView(v.Index(i), vt.Elem()))
		}
		return out
	case v.Kind() == reflect.Map:
		if v.IsNil() {
			return reflect.Zero(vt)
		}
		out := reflect.MakeMapWithSize(vt, v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), interp.gobToView(it.Value(), vt.Elem()))
		}
		return out
	case v.Kind() == reflect.Struct:
		out := reflect.New(vt).Elem()
		for i := 0; i < v.NumField(); i++ {
			unsafe2.Exported(out.Field(i)).Set(interp.gobToView(unsafe2.Exported(v.Field(i)), vt.Field(i).Type))
		}
		return out
	}
	return v
}

// gobFromView sets dst (settable) from view, a value of its view type.
func (interp *Interpreter) gobFromView(view, dst reflect.Value) {
	if view.Kind() == reflect.Interface && dst.Kind() != reflect.Interface && dst.Type() != valueInterfaceType {
		// gonotes patch (s17-ifacelayout): an element of a template's
		// view ([]any of struct views, templdata.go).
		if view.IsNil() {
			dst.Set(reflect.Zero(dst.Type()))
			return
		}
		view = view.Elem()
	}
	if view.Type() == dst.Type() {
		dst.Set(view)
		return
	}
	switch {
	case dst.Type() == valueInterfaceType:
		dst.Set(interp.uncrossIfaceArg(view, 1))
	case dst.Kind() == reflect.Ptr:
		if view.IsNil() {
			dst.Set(reflect.Zero(dst.Type()))
			return
		}
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		interp.gobFromView(view.Elem(), dst.Elem())
	case dst.Kind() == reflect.Slice:
		if view.IsNil() {
			dst.Set(reflect.Zero(dst.Type()))
			return
		}
		out := reflect.MakeSlice(dst.Type(), view.Len(), view.Len())
		for i := 0; i < view.Len(); i++ {
			interp.gobFromView(view.Index(i), out.Index(i))
		}
		dst.Set(out)
	case dst.Kind() == reflect.Array:
		for i := 0; i < view.Len(); i++ {
			interp.gobFromView(view.Index(i), dst.Index(i))
		}
	case dst.Kind() == reflect.Map:
		if view.IsNil() {
			dst.Set(reflect.Zero(dst.Type()))
			return
		}
		out := reflect.MakeMapWithSize(dst.Type(), view.Len())
		for it := view.MapRange(); it.Next(); {
			e := reflect.New(dst.Type().Elem()).Elem()
			interp.gobFromView(it.Value(), e)
			out.SetMapIndex(it.Key(), e)
		}
		dst.Set(out)
	case dst.Kind() == reflect.Struct:
		for i := 0; i < dst.NumField(); i++ {
			interp.gobFromView(unsafe2.Exported(view.Field(i)), unsafe2.Exported(dst.Field(i)))
		}
	}
}

// gobViewHook returns the hook of enc.Encode(x) or dec.Decode(p) (see
// gobIfaceHook) when the type of x, or of *p, has a view, or nil.
func (interp *Interpreter) gobViewHook(encode bool, at *itype) func(call func(reflect.Value, []reflect.Value) []reflect.Value, v reflect.Value, in []reflect.Value) []reflect.Value {
	if at == nil || isInterface(at) {
		return nil
	}
	rt := at.TypeOf()
	if rt == nil {
		return nil
	}
	if !encode && rt.Kind() != reflect.Ptr {
		return nil
	}
	if _, ok := gobViewType(rt); !ok {
		return nil
	}
	return func(call func(reflect.Value, []reflect.Value) []reflect.Value, v reflect.Value, in []reflect.Value) []reflect.Value {
		if len(in) != 1 {
			return call(v, in)
		}
		x := in[0]
		if x.Kind() == reflect.Interface {
			x = x.Elem()
		}
		if !x.IsValid() {
			return call(v, in)
		}
		vt, ok := gobViewType(x.Type())
		if !ok {
			return call(v, in)
		}
		if encode {
			return call(v, []reflect.Value{interp.gobToView(x, vt)})
		}
		if x.Kind() != reflect.Ptr || x.IsNil() {
			return call(v, in)
		}
		view := reflect.New(vt.Elem())
		view.Elem().Set(interp.gobToView(x.Elem(), vt.Elem()))
		out := call(v, []reflect.Value{view})
		if len(out) == 1 && out[0].IsNil() {
			interp.gobFromView(view.Elem(), x.Elem())
		}
		return out
	}
}
