// gonotes patch: this file.

package interp

import (
	"go/token"
	"reflect"
	"unsafe"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// Methods promoted from embedded fields into the method tables of the
// named runtime types (rtmethods.go). A struct type's method set has the
// methods of its embedded fields (structs, pointers to them, interfaces,
// compiled types) by Go's rules: a name found at the smallest depth once
// is promoted, a name found twice at that depth (or a field of that name)
// is not, and hides the same name deeper; a method with a pointer
// receiver is in the set of the value type only if the path to it goes
// through an embedded pointer (else only in the pointer type's set).

// promotedMethod is a method promoted into a struct type.
type promotedMethod struct {
	name   string
	path   []int        // field indexes from the struct to the field
	ptrs   []bool       // whether each field of path is an embedded pointer
	ptr    bool         // in the method set of the pointer type only
	def    *node        // an interpreted method, or
	iface  bool         // a method of an interface field, or
	ftyp   reflect.Type // the method's type without receiver
	recvT  *itype       // the type declaring def
	binRcv bool         // a method of a compiled type
}

// embedEntry is a type reached through embedded fields.
type embedEntry struct {
	typ    *itype
	path   []int
	ptrs   []bool
	viaPtr bool
}

// promotedMethods returns the exported methods promoted into the struct
// type t (its own methods are not in it), and false if one of them cannot
// be called from a method table (a method not compiled yet).
func promotedMethods(t *itype) ([]promotedMethod, bool) {
	st := t
	for i := 0; i < 8 && st != nil && st.cat == linkedT; i++ {
		st = st.val
	}
	if st == nil || st.cat != structT {
		return nil, true
	}
	blocked := map[string]bool{}
	for _, m := range t.method {
		blocked[m.ident] = true
	}
	for _, f := range st.field {
		blocked[f.name] = true
	}
	seen := map[*itype]bool{t: true, st: true}
	level := []embedEntry{{typ: st}}
	var res []promotedMethod
	for depth := 1; depth <= 16 && len(level) > 0; depth++ {
		type cand struct {
			m     *promotedMethod
			field bool
		}
		cands := map[string][]cand{}
		var next []embedEntry
		for _, e := range level {
			s := e.typ
			for i := 0; i < 8 && s != nil && s.cat == linkedT && len(s.field) == 0; i++ {
				s = s.val
			}
			if s == nil || s.cat != structT {
				continue
			}
			for i, f := range s.field {
				if !f.embed || f.typ == nil {
					continue
				}
				et, isPtr := f.typ, false
				if et.cat == ptrT && et.val != nil {
					et, isPtr = et.val, true
				}
				path := append(append([]int(nil), e.path...), i)
				ptrs := append(append([]bool(nil), e.ptrs...), isPtr)
				viaPtr := e.viaPtr || isPtr
				if seen[et] {
					continue
				}
				add := func(name string, m *promotedMethod) {
					cands[name] = append(cands[name], cand{m: m, field: m == nil})
				}
				switch {
				case et.cat == valueT || et.cat == errorT: // s9-embed2: an embedded error field
					rt := et.TypeOf()
					if rt == nil {
						continue
					}
					pt := rt
					if rt.Kind() != reflect.Interface && rt.Kind() != reflect.Ptr {
						pt = reflect.PointerTo(rt)
					}
					for k := 0; k < pt.NumMethod(); k++ {
						m := pt.Method(k)
						ft := m.Type
						if pt.Kind() != reflect.Interface {
							ft = dropRecv(ft)
						}
						_, inVal := rt.MethodByName(m.Name)
						add(m.Name, &promotedMethod{name: m.Name, path: path, ptrs: ptrs, ptr: !inVal && !viaPtr, ftyp: ft, binRcv: true})
					}
					if rt.Kind() == reflect.Struct {
						for k := 0; k < rt.NumField(); k++ {
							add(rt.Field(k).Name, nil)
						}
					}
					continue
				case isInterfaceSrc(et):
					for name, ft := range ifaceMethodTypes(et) {
						add(name, &promotedMethod{name: name, path: path, ptrs: ptrs, iface: true, ftyp: ft})
					}
					continue
				}
				for _, m := range et.method {
					pm := &promotedMethod{name: m.ident, path: path, ptrs: ptrs, def: m, recvT: et}
					pm.ptr = ptrRecvMethod(m) && !viaPtr
					add(m.ident, pm)
				}
				s2 := et
				for k := 0; k < 8 && s2 != nil && s2.cat == linkedT && len(s2.field) == 0; k++ {
					s2 = s2.val
				}
				if s2 != nil && s2.cat == structT {
					for _, f2 := range s2.field {
						add(f2.name, nil)
					}
					next = append(next, embedEntry{typ: et, path: path, ptrs: ptrs, viaPtr: viaPtr})
				}
			}
		}
		for _, e := range next {
			seen[e.typ] = true
		}
		for name, cs := range cands {
			if blocked[name] {
				continue
			}
			blocked[name] = true
			if len(cs) != 1 || cs[0].field || !token.IsExported(name) {
				continue
			}
			m := cs[0].m
			if m.def != nil {
				def := m.def
				if def.kind != funcDecl || def.typ == nil || def.typ.cat != funcT || len(def.child) < 4 || def.child[3].start == nil || len(def.types) <= len(def.typ.ret) {
					return nil, false
				}
				m.ftyp = def.typ.TypeOf()
				if m.ftyp == nil || m.ftyp.Kind() != reflect.Func {
					return nil, false
				}
			}
			if m.ftyp == nil {
				return nil, false
			}
			res = append(res, *m)
		}
		level = next
	}
	return res, true
}

// dropRecv returns the func type ft without its first parameter.
func dropRecv(ft reflect.Type) reflect.Type {
	in := make([]reflect.Type, ft.NumIn()-1)
	for i := range in {
		in[i] = ft.In(i + 1)
	}
	out := make([]reflect.Type, ft.NumOut())
	for i := range out {
		out[i] = ft.Out(i)
	}
	return reflect.FuncOf(in, out, ft.IsVariadic())
}

// ifaceMethodTypes returns the method types of the interpreted interface
// type t, with those of its embedded interfaces.
func ifaceMethodTypes(t *itype) map[string]reflect.Type {
	res := map[string]reflect.Type{}
	seen := map[*itype]bool{}
	var walk func(t *itype)
	walk = func(t *itype) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch t.cat {
		case linkedT:
			walk(t.val)
			return
		case valueT:
			if rt := t.TypeOf(); rt != nil && rt.Kind() == reflect.Interface {
				for i := 0; i < rt.NumMethod(); i++ {
					res[rt.Method(i).Name] = rt.Method(i).Type
				}
			}
			return
		case errorT:
			res["Error"] = reflect.TypeOf(func() string { return "" })
			return
		}
		for _, f := range t.field {
			if f.typ != nil && f.typ.cat == funcT && !f.embed {
				res[f.name] = f.typ.TypeOf()
				continue
			}
			walk(f.typ)
		}
	}
	walk(t)
	return res
}

// addrField returns field i of the addressable struct value v, settable.
func addrField(v reflect.Value, i int) reflect.Value {
	f := v.Field(i)
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

// promotedSpec returns the method spec of the promoted method m of the
// struct type t (for makeMethodRTypeOf).
func (interp *Interpreter) promotedSpec(t *itype, m promotedMethod) rtMethodSpec {
	spec := rtMethodSpec{name: m.name, typ: m.ftyp, ptr: m.ptr}
	var body func(recv reflect.Value, in []reflect.Value) []reflect.Value
	if m.def != nil {
		body = interp.methodBody(m.def)
		spec.body = bodyHash(m.def) // gonotes patch: methodReuseKey
		spec.self = selfPlaces(t, m.def.typ)
		spec.sig = m.def.typ // gonotes patch (s11-refl)
	}
	name, path, ptrs := m.name, m.path, m.ptrs
	want := reflect.Type(nil)
	if m.def != nil {
		want = m.def.types[len(m.def.typ.ret)]
	}
	spec.call = func(recv reflect.Value, in []reflect.Value) []reflect.Value {
		v := recv
		if v.Kind() == reflect.Ptr {
			v = v.Elem()
		}
		for k, i := range path {
			v = addrField(v, i)
			if ptrs[k] && !(k == len(path)-1 && want != nil && want == v.Type()) {
				if v.IsNil() {
					panic(runtimeNilDeref{})
				}
				v = v.Elem()
			}
		}
		switch {
		case body != nil:
			switch {
			case want == v.Type():
			case want == reflect.PointerTo(v.Type()):
				v = v.Addr()
			case v.Kind() == reflect.Ptr && want == v.Type().Elem():
				v = v.Elem()
			}
			return body(v, in)
		case m.binRcv:
			if (v.Kind() == reflect.Interface || v.Kind() == reflect.Ptr) && v.IsNil() {
				panic(runtimeNilDeref{})
			}
			f := v
			if v.Kind() != reflect.Interface && v.Kind() != reflect.Ptr {
				f = v.Addr()
			}
			return callMethodValue(f.MethodByName(name), in)
		}
		// A field of an interpreted interface type.
		e := v
		if v.Kind() == reflect.Interface {
			if v.IsNil() {
				panic(runtimeNilDeref{})
			}
			e = v.Elem()
		}
		vi, ok := unsafe2.Exported(e).Interface().(valueInterface)
		if !ok {
			return callMethodValue(e.MethodByName(name), in)
		}
		if vi.node == nil || !vi.value.IsValid() {
			panic(runtimeNilDeref{})
		}
		r, def, li := lookupMethodValue(vi, name)
		if r.IsValid() {
			return callMethodValue(r, in)
		}
		if def == nil || len(def.child) < 4 || def.child[3].start == nil {
			panic(runtimeNilDeref{})
		}
		x := reflect.New(vi.value.Type()).Elem()
		x.Set(unsafe2.Exported(vi.value))
		for _, i := range li {
			for x.Kind() == reflect.Ptr {
				x = x.Elem()
			}
			x = addrField(x, i)
		}
		w := def.types[len(def.typ.ret)]
		switch {
		case w == x.Type():
		case w == reflect.PointerTo(x.Type()):
			x = x.Addr()
		case x.Kind() == reflect.Ptr && w == x.Type().Elem():
			x = x.Elem()
		}
		return interp.methodBody(def)(x, in)
	}
	return spec
}

// callMethodValue calls the method value f with the arguments in of a
// method table's func (the variadic part, if any, as a slice).
func callMethodValue(f reflect.Value, in []reflect.Value) []reflect.Value {
	if !f.IsValid() {
		panic(runtimeNilDeref{})
	}
	if f.Type().IsVariadic() {
		return f.CallSlice(in)
	}
	return f.Call(in)
}

// runtimeNilDeref is the runtime error of a promoted method called through
// a nil embedded pointer or interface.
type runtimeNilDeref struct{}

func (runtimeNilDeref) Error() string {
	return "runtime error: invalid memory address or nil pointer dereference"
}

// RuntimeError marks runtimeNilDeref as a runtime.Error.
func (runtimeNilDeref) RuntimeError() {}

// structFields returns the fields of the struct type t is (or is defined
// from), or nil.
func structFields(t *itype) []structField {
	for i := 0; i < 8 && t != nil && t.cat == linkedT; i++ {
		t = t.val
	}
	if t == nil || t.cat != structT {
		return nil
	}
	return t.field
}

// hasPromoted reports whether the struct type t has exported methods
// promoted from embedded fields.
func hasPromoted(t *itype) bool {
	fs := structFields(t)
	embeds := false
	for _, f := range fs {
		embeds = embeds || f.embed
	}
	if !embeds {
		return false
	}
	ms, _ := promotedMethods(t)
	return len(ms) > 0
}

// hasMethodTable reports whether the runtime type r, or the type r points
// to, has methods (in the table of its pointer type).
func hasMethodTable(r reflect.Type) bool {
	if r.Kind() == reflect.Ptr {
		r = r.Elem()
	}
	return reflect.PointerTo(r).NumMethod() > 0
}
