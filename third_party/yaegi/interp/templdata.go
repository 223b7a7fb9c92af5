// gonotes patch (s12): this file.

package interp

import (
	"reflect"
	"unsafe"
)

// The data of a template (text/template and html/template Execute and
// ExecuteTemplate) is read by reflect. A value of an interface type
// declared in the notebook is, at reflect level, the interpreter's struct
// valueInterface (the value and its interpreted type): ranging over the
// []Shape field of the data and evaluating {{.Area}} failed ("can't
// evaluate field Area in type interp.valueInterface"). crossTemplateData
// gives the template a copy of the data where each such value is the value
// it holds (as crossValue gives it: a value of its named runtime type,
// with its methods), in fields, elements of slices and arrays, values of
// maps and pointees. A container whose element type changes becomes one of
// anys ([]Shape: []any); a struct whose field type changes is made again
// with reflect.StructOf, which has no methods: a struct type with methods
// is left as it is (its methods are more use to a template than the
// fields).

// templateExecName reports whether c0, the function of a call, is the
// Execute or ExecuteTemplate method of a text/template or html/template
// Template.
func templateExecName(c0 *node) bool {
	if c0 == nil || c0.kind != selectorExpr || len(c0.child) < 2 || c0.child[0].typ == nil || c0.child[0].typ.cat != valueT {
		return false
	}
	if name := c0.child[1].ident; name != "Execute" && name != "ExecuteTemplate" {
		return false
	}
	rt := c0.child[0].typ.rtype
	if rt == nil {
		return false
	}
	if rt.Kind() == reflect.Ptr {
		rt = rt.Elem()
	}
	return rt.Name() == "Template" && (rt.PkgPath() == "text/template" || rt.PkgPath() == "html/template")
}

// crossTemplateData returns the data v of a template with the values of
// interpreted interface types it holds given as their values.
func (interp *Interpreter) crossTemplateData(v reflect.Value) reflect.Value {
	r, _ := interp.crossIfaceData(v, 0)
	return r
}

// crossIfaceData is crossTemplateData to a depth; it reports whether the
// value given is another than v.
func (interp *Interpreter) crossIfaceData(v reflect.Value, depth int) (reflect.Value, bool) {
	if !v.IsValid() || depth > 12 {
		return v, false
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v, false
		}
		e := v.Elem()
		if e.Type() == valueInterfaceType {
			return interp.crossVIData(e, depth), true
		}
		if r, ok := interp.crossIfaceData(e, depth+1); ok {
			return r, true
		}
		return v, false
	case reflect.Struct:
		if v.Type() == valueInterfaceType {
			return interp.crossVIData(v, depth), true
		}
		return interp.crossStructData(v, depth)
	case reflect.Ptr:
		if v.IsNil() || v.Elem().Kind() != reflect.Struct {
			return v, false
		}
		r, ok := interp.crossIfaceData(v.Elem(), depth+1)
		if !ok {
			return v, false
		}
		p := reflect.New(r.Type())
		p.Elem().Set(r)
		return p, true
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem() == valueInterfaceType && v.Len() == 0 {
			// An empty []Shape is an empty []any too (a FuncMap
			// function's parameter, crossIfaceFuncType).
			if v.IsNil() {
				return reflect.Zero(interfaceSliceType), true
			}
			return reflect.MakeSlice(interfaceSliceType, 0, 0), true
		}
		if v.Kind() == reflect.Slice && v.IsNil() || v.Len() == 0 {
			return v, false
		}
		elems := make([]reflect.Value, v.Len())
		changed, sameType := false, true
		for i := range elems {
			r, ok := interp.crossIfaceData(v.Index(i), depth+1)
			elems[i] = r
			if ok {
				changed = true
				if !r.IsValid() || r.Type() != v.Type().Elem() {
					sameType = false
				}
			}
		}
		if !changed {
			return v, false
		}
		var out reflect.Value
		switch {
		case sameType && v.Kind() == reflect.Slice:
			out = reflect.MakeSlice(v.Type(), len(elems), len(elems))
		case sameType:
			out = reflect.New(v.Type()).Elem()
		default:
			out = reflect.MakeSlice(interfaceSliceType, len(elems), len(elems))
		}
		for i, e := range elems {
			if e.IsValid() {
				out.Index(i).Set(e)
			}
		}
		return out, true
	case reflect.Map:
		if v.IsNil() || v.Len() == 0 {
			return v, false
		}
		keys := v.MapKeys()
		vals := make([]reflect.Value, len(keys))
		changed, sameType := false, true
		for i, k := range keys {
			r, ok := interp.crossIfaceData(v.MapIndex(k), depth+1)
			vals[i] = r
			if ok {
				changed = true
				if !r.IsValid() || r.Type() != v.Type().Elem() {
					sameType = false
				}
			}
		}
		if !changed {
			return v, false
		}
		mt := v.Type()
		if !sameType {
			mt = reflect.MapOf(mt.Key(), emptyInterfaceType)
		}
		out := reflect.MakeMapWithSize(mt, len(keys))
		for i, k := range keys {
			e := vals[i]
			if !e.IsValid() {
				e = reflect.Zero(mt.Elem())
			}
			out.SetMapIndex(k, e)
		}
		return out, true
	}
	return v, false
}

// crossVIData returns the value held by the valueInterface v (a struct
// value of valueInterfaceType) for a template, as an any.
func (interp *Interpreter) crossVIData(v reflect.Value, depth int) reflect.Value {
	a := reflect.New(emptyInterfaceType).Elem()
	a.Set(v)
	c := interp.crossValue(a)
	if !c.IsValid() {
		return reflect.New(emptyInterfaceType).Elem()
	}
	if r, ok := interp.crossIfaceData(c, depth+1); ok {
		c = r
	}
	out := reflect.New(emptyInterfaceType).Elem()
	if c.IsValid() && !(c.Kind() == reflect.Interface && c.IsNil()) {
		out.Set(c)
	}
	return out
}

// crossStructData is crossIfaceData for a struct v.
func (interp *Interpreter) crossStructData(v reflect.Value, depth int) (reflect.Value, bool) {
	t := v.Type()
	if t.NumField() == 0 {
		return v, false
	}
	cp := reflect.New(t).Elem()
	cp.Set(v)
	vals := make([]reflect.Value, t.NumField())
	changed, sameType := false, true
	for i := range vals {
		f := cp.Field(i)
		f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
		vals[i] = f
		if r, ok := interp.crossIfaceData(f, depth+1); ok {
			vals[i], changed = r, true
			if !r.IsValid() || r.Type() != f.Type() {
				sameType = false
			}
		}
	}
	if !changed {
		return v, false
	}
	if sameType {
		for i, r := range vals {
			f := cp.Field(i)
			reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(r)
		}
		return cp, true
	}
	if t.NumMethod() > 0 || reflect.PointerTo(t).NumMethod() > 0 {
		return v, false
	}
	fields := make([]reflect.StructField, t.NumField())
	for i := range fields {
		sf := t.Field(i)
		if sf.Anonymous {
			return v, false // StructOf would not promote its methods
		}
		fields[i] = reflect.StructField{Name: sf.Name, PkgPath: sf.PkgPath, Type: sf.Type, Tag: sf.Tag}
		if vals[i].IsValid() && vals[i].Type() != sf.Type {
			fields[i].Type = vals[i].Type()
			if vals[i].Kind() != reflect.Interface && vals[i].Kind() != reflect.Slice && vals[i].Kind() != reflect.Map {
				fields[i].Type = emptyInterfaceType
			}
		}
	}
	out := reflect.New(rtStructOf(fields)).Elem() // gonotes patch (s17-embedcompiled): embedded fields of types with methods
	for i, r := range vals {
		if !r.IsValid() {
			continue
		}
		f := out.Field(i)
		reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(r)
	}
	return out, true
}

// crossIfaceFuncType returns the type of the wrapper of an interpreted
// function of type ft given to compiled code as an any (a FuncMap's
// function) when a parameter is of an interface type declared in the
// notebook, or a slice of one, or a result of such an interface type: the
// reflect type of such a value is the interpreter's valueInterface, which
// compiled code cannot make (text/template called func(s Shape) with a
// main.Square: "wrong type for value; expected interp.valueInterface").
// Such a parameter is an any ([]any), the argument given as the
// interpreter's value of its dynamic type (in: 1, or 2 for a slice); such
// a result is an any holding the value (out). It returns nil if no type
// changes.
func crossIfaceFuncType(ft reflect.Type, args, rets []*itype) (reflect.Type, []int8, []bool) {
	if ft == nil || ft.Kind() != reflect.Func || ft.NumIn() != len(args) || ft.NumOut() != len(rets) {
		return nil, nil, nil
	}
	srcIface := func(t *itype) bool {
		return t != nil && isInterfaceSrc(t) && !isEmptyInterface(t) && t.TypeOf() == valueInterfaceType
	}
	changed := false
	ins := make([]reflect.Type, ft.NumIn())
	var in []int8
	for i := range ins {
		ins[i] = ft.In(i)
		if ft.IsVariadic() && i == len(ins)-1 {
			continue
		}
		var k int8
		switch {
		case srcIface(args[i]) && ins[i] == valueInterfaceType:
			ins[i], k = emptyInterfaceType, 1
		case args[i] != nil && args[i].cat == sliceT && srcIface(args[i].val) && ins[i] == reflect.SliceOf(valueInterfaceType):
			ins[i], k = interfaceSliceType, 2
		}
		if k != 0 {
			if in == nil {
				in = make([]int8, len(ins))
			}
			in[i], changed = k, true
		}
	}
	outs := make([]reflect.Type, ft.NumOut())
	var out []bool
	for i := range outs {
		outs[i] = ft.Out(i)
		if srcIface(rets[i]) && outs[i] == valueInterfaceType {
			if out == nil {
				out = make([]bool, len(outs))
			}
			outs[i], out[i], changed = emptyInterfaceType, true, true
		}
	}
	if !changed {
		return nil, nil, nil
	}
	return reflect.FuncOf(ins, outs, ft.IsVariadic()), in, out
}

// uncrossIfaceArg returns arg, an argument of a parameter of the wrapper
// of crossIfaceFuncType (kind 1: an any, 2: an []any), as the
// interpreter's value of the parameter's type.
func (interp *Interpreter) uncrossIfaceArg(arg reflect.Value, kind int8) reflect.Value {
	if kind == 2 {
		if !arg.IsValid() || arg.Kind() != reflect.Slice {
			return reflect.Zero(reflect.SliceOf(valueInterfaceType))
		}
		if arg.IsNil() {
			return reflect.Zero(reflect.SliceOf(valueInterfaceType))
		}
		out := reflect.MakeSlice(reflect.SliceOf(valueInterfaceType), arg.Len(), arg.Len())
		for i := 0; i < arg.Len(); i++ {
			out.Index(i).Set(interp.uncrossIfaceArg(arg.Index(i), 1))
		}
		return out
	}
	for arg.IsValid() && arg.Kind() == reflect.Interface {
		if arg.IsNil() {
			return reflect.ValueOf(valueInterface{})
		}
		arg = arg.Elem()
	}
	if !arg.IsValid() {
		return reflect.ValueOf(valueInterface{})
	}
	if arg.Type() == valueInterfaceType {
		return arg
	}
	if vi, ok := namedVI(arg); ok {
		return reflect.ValueOf(vi)
	}
	a := reflect.New(emptyInterfaceType).Elem()
	a.Set(arg)
	if inner := wrappedInner(a); inner.IsValid() && inner.Type() == valueInterfaceType {
		return inner // an interpreted value in an interface wrapper
	}
	return reflect.ValueOf(valueInterface{&node{interp: interp, typ: valueTOf(arg.Type())}, arg})
}

// crossIfaceResult returns r, a result of an interpreted interface type of
// the wrapper of crossIfaceFuncType, as an any holding its value.
func (interp *Interpreter) crossIfaceResult(r reflect.Value) reflect.Value {
	out := reflect.New(emptyInterfaceType).Elem()
	if !r.IsValid() {
		return out
	}
	a := reflect.New(emptyInterfaceType).Elem()
	a.Set(r)
	c := interp.crossValue(a)
	if c.IsValid() && !(c.Kind() == reflect.Interface && c.IsNil()) {
		out.Set(c)
	}
	return out
}
