// gonotes patch (s12): this file.

package interp

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"unsafe"
	"weak"

	"github.com/traefik/yaegi/internal/unsafe2"
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
// with reflect.StructOf; if its type has methods (gonotes patch,
// s17-ifacelayout), the struct made again is given a method table
// (templMethodView) whose methods make the value back into the
// interpreter's and call the method on it: on the value the view was made
// from, for a pointer receiver reached through the pointer the data held.

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
// interpreted interface types it holds given as their values. dt is the
// interpreted type of the data's expression (gonotes patch,
// s17-ifacelayout): a value of an unnamed struct type of the notebook
// given as the interpreter's value (struct{ *Invoice; Title string }, the
// interpreter's types in its fields) is first seen as its runtime type of
// the notebook's named types (composedRType), whose embedded fields have
// methods that templPromotedView promotes.
func (interp *Interpreter) crossTemplateData(v reflect.Value, dt *itype) reflect.Value {
	st, ptr := dt, false
	if st != nil && st.cat == ptrT && st.name == "" {
		st, ptr = st.val, true // a pointer to such a struct: the same memory seen as a pointer to the view
	}
	if st != nil && st.cat == structT && st.name == "" {
		e := v
		if e.Kind() == reflect.Interface && !e.IsNil() {
			e = e.Elem()
		}
		if under := st.TypeOf(); under != nil && e.IsValid() && (!ptr && e.Type() == under || ptr && e.Type() == reflect.PointerTo(under) && !e.IsNil()) {
			if pv := interp.templEmbedView(st, under); pv != nil {
				if ptr {
					v = reflect.NewAt(pv, e.UnsafePointer())
				} else {
					v = reinterpret(e, pv)
				}
			}
		}
	}
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
		r, ok := interp.crossStructData(v, depth)
		if !ok {
			// gonotes patch (s17-ifacelayout): templPromotedView.
			if pv := templPromotedView(v.Type()); pv != nil {
				return reinterpret(v, pv), true
			}
		}
		return r, ok
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
		if isTemplMethodView(r.Type()) {
			noteTemplOrig(p, v) // gonotes patch (s17-ifacelayout)
		}
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
	methods := t.NumMethod() > 0 || reflect.PointerTo(t).NumMethod() > 0
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
	vt := rtStructOf(fields) // gonotes patch (s17-embedcompiled): embedded fields of types with methods
	if methods {
		// gonotes patch (s17-ifacelayout): a view type with the
		// methods of t (templMethodView).
		if vt = interp.templMethodView(t, vt); vt == nil {
			return v, false
		}
	}
	out := reflect.New(vt).Elem()
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

// templViewKey identifies a view type with methods (templMethodView).
type templViewKey struct {
	interp  *Interpreter
	t, view reflect.Type
}

// templViews holds the view types with methods made, by templViewKey
// (nil if none could be made). gonotes patch (s17-ifacelayout).
var templViews sync.Map

// templViewSet holds the view types with methods, for isTemplMethodView,
// each with the struct type it is a named copy of.
var templViewSet sync.Map

// isTemplMethodView reports whether r is a view type of templMethodView.
func isTemplMethodView(r reflect.Type) bool {
	_, ok := templViewSet.Load(r)
	return ok
}

// templViewUnder returns the struct type the view type r is a named copy
// of, or nil.
func templViewUnder(r reflect.Type) reflect.Type {
	u, _ := templViewSet.Load(r)
	ut, _ := u.(reflect.Type)
	return ut
}

// templMethodView returns the view type of a struct type t with methods
// (the named runtime type of a notebook struct type): a named copy of
// view (t made again with reflect.StructOf, with other types for fields
// that hold notebook interface values), of t's name, whose method table
// has t's exported methods (those of *t for the pointer type). Such a
// method makes its receiver back into a value of t (gobFromView), or
// takes the value the view was made from (noteTemplOrig) for a pointer
// receiver, calls t's method on it, and for a pointer receiver makes the
// view again from the value after the call (a method that changed a field
// is seen by the rest of the template). It returns nil if no such type
// can be made (no method stub left). gonotes patch (s17-ifacelayout).
func (interp *Interpreter) templMethodView(t, view reflect.Type) reflect.Type {
	k := templViewKey{interp, t, view}
	if r, ok := templViews.Load(k); ok {
		rt, _ := r.(reflect.Type)
		return rt
	}
	if !methodTypesWork() {
		templViews.Store(k, nil)
		return nil
	}
	pt := reflect.PointerTo(t)
	specs := make([]rtMethodSpec, 0, pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		_, byValue := t.MethodByName(m.Name)
		name, mt := m.Name, dropRecv(m.Type)
		spec := rtMethodSpec{name: name, typ: mt, ptr: !byValue}
		spec.call = func(recv reflect.Value, in []reflect.Value) []reflect.Value {
			orig, ptr := reflect.Value{}, recv.Kind() == reflect.Ptr
			if ptr {
				orig = templOrig(recv)
			}
			if !orig.IsValid() {
				orig = reflect.New(t)
				src := recv
				if ptr {
					src = recv.Elem()
				}
				interp.gobFromView(src, orig.Elem())
			}
			f := orig.MethodByName(name)
			var out []reflect.Value
			if mt.IsVariadic() {
				out = f.CallSlice(in)
			} else {
				out = f.Call(in)
			}
			if ptr {
				// The view of the value after the call (the receiver
				// is the view seen as its unnamed struct type).
				if r, ok := interp.crossIfaceData(orig.Elem(), 0); ok && (r.Type() == recv.Elem().Type() || templViewUnder(r.Type()) == recv.Elem().Type()) {
					reflect.NewAt(r.Type(), recv.UnsafePointer()).Elem().Set(r)
				}
			}
			return out
		}
		specs = append(specs, spec)
	}
	r := makeMethodRTypeOf(nil, nil, view, view, t.String(), t.PkgPath(), specs)
	if r != nil {
		templViewSet.Store(r, view)
	}
	if old, loaded := templViews.LoadOrStore(k, r); loaded {
		rt, _ := old.(reflect.Type)
		return rt
	}
	return r
}

// templOrigEntry is the pointer a view's pointer was made from
// (noteTemplOrig); view checks that the entry is the view's, not that of
// a view freed before at the same address.
type templOrigEntry struct {
	view weak.Pointer[byte]
	orig reflect.Value
}

// templOrigs holds, by the address of a view made of the value a pointer
// points to, that pointer (templOrigEntry), while the view lives.
var templOrigs sync.Map

// noteTemplOrig notes that p, a pointer to a view with methods, was made
// from the pointer orig: a method of a pointer receiver is called on orig
// (a template calling a method that changes its receiver changes the
// data, as in Go).
func noteTemplOrig(p, orig reflect.Value) {
	ptr := p.UnsafePointer()
	key := uintptr(ptr)
	templOrigs.Store(key, templOrigEntry{weak.Make((*byte)(ptr)), orig})
	runtime.AddCleanup((*byte)(ptr), func(k uintptr) {
		if e, ok := templOrigs.Load(k); ok && e.(templOrigEntry).view.Value() == nil {
			templOrigs.CompareAndDelete(k, e)
		}
	}, key)
}

// templOrig returns the pointer p, a pointer to a view, was made from, or
// the zero Value.
func templOrig(p reflect.Value) reflect.Value {
	ptr := p.UnsafePointer()
	e, ok := templOrigs.Load(uintptr(ptr))
	if !ok || e.(templOrigEntry).view.Value() != (*byte)(ptr) {
		return reflect.Value{}
	}
	return e.(templOrigEntry).orig
}

// templEmbedView returns the view type of a value of the unnamed struct
// type dt (of reflect type under) that embeds a field of a notebook type
// with methods: the struct with the runtime types of its fields (the
// notebook's named types, with their methods: a copy of under's
// descriptor with those field types, as reflect.StructOf panics on some
// embedded fields with methods beside other fields) whose method table
// has the methods promoted from them (templPromotedView), or nil.
func (interp *Interpreter) templEmbedView(dt *itype, under reflect.Type) reflect.Type {
	if under.Kind() != reflect.Struct || under.NumField() != len(dt.field) {
		return nil
	}
	embeds := false
	for _, f := range dt.field {
		embeds = embeds || f.embed
	}
	if !embeds {
		return nil
	}
	types := make([]reflect.Type, len(dt.field))
	var key strings.Builder
	changed := false
	for i, f := range dt.field {
		types[i] = under.Field(i).Type
		if f.typ != nil {
			if ft := interp.crossRType(f.typ); ft != nil && ft != types[i] && sameLayout(ft, types[i]) {
				types[i], changed = ft, true
			}
		}
		fmt.Fprintf(&key, "%p,", types[i])
	}
	if !changed {
		return nil
	}
	k := templEmbedKey{under, key.String()}
	if r, ok := templPromoted.Load(k); ok {
		rt, _ := r.(reflect.Type)
		return rt
	}
	str := under.String()
	if ct := interp.composedRType(dt); ct != nil {
		str = ct.String()
	}
	r := makeTemplPromotedView(withFieldTypes(under, types), str)
	if old, loaded := templPromoted.LoadOrStore(k, r); loaded {
		rt, _ := old.(reflect.Type)
		return rt
	}
	if r != nil {
		templViewSet.Store(r, under)
	}
	return r
}

// templEmbedKey identifies a view type of templEmbedView: the
// interpreter's struct type and its fields' runtime types.
type templEmbedKey struct {
	under reflect.Type
	types string
}

// templPromoted holds templPromotedView's types by struct type (nil if
// none). gonotes patch (s17-ifacelayout).
var templPromoted sync.Map

// templPromotedView returns, for an unnamed struct type t that embeds a
// field of a type with methods beside other fields (struct{ *Invoice;
// Title string }), a copy of t whose method table has the methods
// promoted from its embedded fields at depth one (not those of a name of
// a field or of two embedded fields), or nil: t was made with
// reflect.StructOf, which promotes none, and a template evaluating
// {{.Count}} on it failed ("can't evaluate field Count"). The copy is
// unnamed, as Go's type of such a struct is; its methods call the
// embedded field's.
func templPromotedView(t reflect.Type) reflect.Type {
	if t.Name() != "" || t.NumMethod() > 0 || t.NumField() < 2 {
		return nil
	}
	if r, ok := templPromoted.Load(t); ok {
		rt, _ := r.(reflect.Type)
		return rt
	}
	r := makeTemplPromotedView(t, t.String())
	if old, loaded := templPromoted.LoadOrStore(t, r); loaded {
		rt, _ := old.(reflect.Type)
		return rt
	}
	if r != nil {
		templViewSet.Store(r, t)
	}
	return r
}

// makeTemplPromotedView makes templPromotedView's type for t, of the
// string form str.
func makeTemplPromotedView(t reflect.Type, str string) reflect.Type {
	if !methodTypesWork() {
		return nil
	}
	type promo struct {
		field int
		m     reflect.Method
		ptr   bool // only in the method set of *t (a pointer receiver of a field embedded by value)
	}
	found := map[string][]promo{}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.Anonymous {
			continue
		}
		ft := sf.Type
		ms := ft
		if ft.Kind() != reflect.Ptr && ft.Kind() != reflect.Interface {
			ms = reflect.PointerTo(ft)
		}
		for j := 0; j < ms.NumMethod(); j++ {
			m := ms.Method(j)
			_, byValue := ft.MethodByName(m.Name)
			found[m.Name] = append(found[m.Name], promo{i, m, !byValue})
		}
	}
	var specs []rtMethodSpec
	for name, ps := range found {
		if len(ps) != 1 {
			continue // ambiguous at depth one
		}
		if _, isField := t.FieldByName(name); isField {
			continue
		}
		name, p := name, ps[0] // the module's Go version shares loop variables
		mt := p.m.Type
		if t.Field(p.field).Type.Kind() != reflect.Interface {
			mt = dropRecv(mt)
		}
		field, variadic := p.field, mt.IsVariadic()
		specs = append(specs, rtMethodSpec{name: name, typ: mt, ptr: p.ptr, call: func(recv reflect.Value, in []reflect.Value) []reflect.Value {
			if recv.Kind() == reflect.Ptr {
				if o := templOrig(recv); o.IsValid() {
					recv = o
				}
				recv = recv.Elem()
			}
			f := unsafe2.Exported(recv.Field(field))
			if f.Kind() != reflect.Ptr && f.Kind() != reflect.Interface && f.CanAddr() {
				f = f.Addr()
			}
			if (f.Kind() == reflect.Ptr || f.Kind() == reflect.Interface) && f.IsNil() {
				panic(runtimeNilDeref{})
			}
			m := f.MethodByName(name)
			if variadic {
				return m.CallSlice(in)
			}
			return m.Call(in)
		}})
	}
	if len(specs) == 0 {
		return nil
	}
	r := makeMethodRTypeOf(nil, nil, t, t, str, "", specs)
	if r == nil {
		return nil
	}
	// Unnamed, as Go's struct type with promoted methods is.
	(*rtAbiType)(rtTypeOf(r)).tflag &^= tflagNamed
	return r
}
