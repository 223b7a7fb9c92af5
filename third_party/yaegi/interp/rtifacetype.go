// gonotes patch: this file.

package interp

import (
	"fmt"
	"go/token"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unsafe"
)

// The reflect type of an interface type declared in interpreted code is
// the interpreter's struct valueInterface (the layout of its values), so
// that the idiom of Go code naming an interface type to reflect,
// reflect.TypeOf((*Shouter)(nil)).Elem() or reflect.TypeFor[Shouter](),
// gave a struct, and Type.Implements panicked ("non-interface type
// passed to Type.Implements").
//
// A runtime interface type is made for such a type (ifaceRType): a copy of
// the descriptor of a compiled interface type (internal/abi.InterfaceType)
// with the flags of a named type, the string "main.Shouter", an uncommon
// part with the package path, and the methods of the type's method set,
// whose names and func types are those the method tables of the named
// runtime types of interpreted types use (rtmethods.go), so that
// Type.Implements of such a type (and of a compiled one) compares them
// equal. It is given to compiled code only where no value of the
// interface's layout goes with it: a nil pointer to the interface type
// given as an any (reflect.TypeOf((*Shouter)(nil)), which TypeFor uses) is
// a nil pointer to it; a value of the interface type keeps its layout (a
// valueInterface), and a non-nil pointer its type.
//
// The copy depends on the runtime's type layout: a check at first use
// (ifaceTypesWork) makes such a type and compares what reflect says of it
// with what it says of a compiled interface type; if anything differs, or
// if named types with methods do not work (methodTypesWork: other
// architectures), no such type is made, as before.

// rtImethod mirrors internal/abi.Imethod.
type rtImethod struct {
	name, typ int32
}

// rtInterface mirrors internal/abi.InterfaceType.
type rtInterface struct {
	rtAbiType
	pkgPath unsafe.Pointer // abi.Name
	methods []rtImethod
}

// rtNamedIface is a named interface descriptor followed by its uncommon
// part, as abi.Type.Uncommon finds it.
type rtNamedIface struct {
	k rtInterface
	u rtUncommon
}

// ifaceMethod is a method of an interface type being made: its name, and
// its type without receiver.
type ifaceMethod struct {
	name string
	typ  reflect.Type
}

// rtCheckIface is the compiled interface type whose descriptor the
// interface types made copy (its equal func and pointer mask are those
// of every non-empty interface).
type rtCheckIface interface{ String() string }

var (
	ifaceTypeMu  sync.Mutex
	ifaceTypeMem []any // keeps the descriptors and names made reachable
)

// rtNameBytes returns a runtime name (abi.Name) s, with the flags byte
// flags, as a pointer to its bytes (a name held by a descriptor itself,
// not by an offset).
func rtNameBytes(s string, flags byte) unsafe.Pointer {
	n := len(s)
	var lb []byte
	for n >= 0x80 {
		lb = append(lb, byte(n)|0x80)
		n >>= 7
	}
	lb = append(lb, byte(n))
	b := make([]byte, 0, 1+len(lb)+len(s))
	b = append(b, flags)
	b = append(b, lb...)
	b = append(b, s...)
	return unsafe.Pointer(&b[0])
}

// methodLess orders methods as the compiler does in method tables and
// interface types: exported names first, then by name.
func methodLess(a, b string) bool {
	ea, eb := token.IsExported(a), token.IsExported(b)
	if ea != eb {
		return ea
	}
	return a < b
}

// makeIfaceRType returns a named runtime interface type of string form str
// ("main.Shouter") and package path pkg with the methods ms, or nil if it
// cannot be made (two methods of one name, a method type not a func). With
// pkg "", the type is not named (a literal: str is "interface { M() }").
func makeIfaceRType(str, pkg string, ms []ifaceMethod) reflect.Type {
	ms = append([]ifaceMethod(nil), ms...)
	sort.Slice(ms, func(i, j int) bool { return methodLess(ms[i].name, ms[j].name) })
	for i, m := range ms {
		if m.name == "" || m.typ == nil || m.typ.Kind() != reflect.Func || i > 0 && ms[i-1].name == m.name {
			return nil
		}
	}
	tmpl := reflect.TypeOf((*rtCheckIface)(nil)).Elem()
	if len(ms) == 0 {
		if pkg == "" {
			return nil // interface{} itself
		}
		// The values of an empty interface type have another layout
		// and equal func.
		tmpl = reflect.TypeOf((*any)(nil)).Elem()
	}
	d := new(rtNamedIface)
	d.k = *(*rtInterface)(rtTypeOf(tmpl))
	t := &d.k.rtAbiType
	if reflect.Kind(t.kind&0x1f) != reflect.Interface {
		return nil
	}
	t.tflag = t.tflag&^(tflagExtraStar|tflagUncommon|tflagNamed) | tflagUncommon | tflagNamed
	if pkg == "" {
		t.tflag &^= tflagUncommon | tflagNamed
	}
	t.str = rtName(str)
	t.ptrToThis = 0
	t.hash = strHash(str) ^ t.hash
	if pkg != "" {
		d.k.pkgPath = rtNameBytes(pkg, 0)
	}
	d.k.methods = make([]rtImethod, len(ms))
	for i, m := range ms {
		var flags byte
		if token.IsExported(m.name) {
			flags = 1
		}
		d.k.methods[i] = rtImethod{name: rtNameFlags(m.name, flags), typ: reflectAddReflectOff(rtTypeOf(m.typ))}
	}
	d.u = rtUncommon{pkgPath: rtName(pkg), moff: uint32(unsafe.Sizeof(rtUncommon{}))}
	ifaceTypeMu.Lock()
	ifaceTypeMem = append(ifaceTypeMem, d)
	ifaceTypeMu.Unlock()
	return rtTypeFor(unsafe.Pointer(d))
}

var (
	ifaceOnce sync.Once
	ifaceOK   bool
)

// ifaceTypesWork reports whether the interface types made behave as
// compiled interface types do (checked once).
func ifaceTypesWork() bool {
	ifaceOnce.Do(func() { ifaceOK = methodTypesWork() && checkIfaceTypes() })
	return ifaceOK
}

// rtCheckNamer is a compiled interface type to compare a made one with.
type rtCheckNamer interface {
	String() string
	Scale(int) int
	hidden()
}

// rtCheckImpl implements rtCheckNamer.
type rtCheckImpl struct{}

func (rtCheckImpl) String() string    { return "" }
func (rtCheckImpl) Scale(int) int     { return 0 }
func (rtCheckImpl) hidden()           {}
func (rtCheckImpl) Extra(string) rune { return 0 }

func checkIfaceTypes() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	ref := reflect.TypeOf((*rtCheckNamer)(nil)).Elem()
	// The methods of ref, the unexported one (of ref's package) included,
	// in reverse order.
	var ms []ifaceMethod
	for i := ref.NumMethod() - 1; i >= 0; i-- {
		m := ref.Method(i)
		ms = append(ms, ifaceMethod{m.Name, m.Type})
	}
	pkg := ref.PkgPath()
	x := makeIfaceRType("interp.Namer", pkg, ms)
	s := makeIfaceRType("interp.Stringer", pkg, ms[1:2])
	if x == nil || s == nil || len(ms) != 3 || ms[1].name != "String" {
		return false
	}
	if x.Kind() != reflect.Interface || x.Name() != "Namer" || x.String() != "interp.Namer" || x.PkgPath() != pkg ||
		x.NumMethod() != ref.NumMethod() || x.Size() != ref.Size() || !x.Comparable() || x == ref {
		return false
	}
	for i := 0; i < ref.NumMethod(); i++ {
		a, b := x.Method(i), ref.Method(i)
		if a.Name != b.Name || a.Type != b.Type || a.PkgPath != b.PkgPath || a.Index != i {
			return false
		}
	}
	if m, found := x.MethodByName("Scale"); !found || m.Type != reflect.TypeOf(func(int) int { return 0 }) {
		return false
	}
	impl := reflect.TypeOf(rtCheckImpl{})
	if !impl.Implements(x) || !impl.Implements(s) || !impl.AssignableTo(x) || reflect.TypeOf(0).Implements(x) ||
		!x.Implements(s) || s.Implements(x) || !ref.Implements(x) || !x.Implements(ref) || !x.ConvertibleTo(s) {
		return false
	}
	p := reflect.PointerTo(x)
	if p.Kind() != reflect.Ptr || p.Elem() != x || p.String() != "*interp.Namer" || reflect.PointerTo(x) != p {
		return false
	}
	z := reflect.Zero(p).Interface()
	if reflect.TypeOf(z) != p || reflect.TypeOf(z).Elem() != x {
		return false
	}
	// A value of the made type holds a value of a type implementing it.
	v := reflect.New(x).Elem()
	v.Set(reflect.ValueOf(rtCheckImpl{}))
	if v.Elem().Type() != impl || v.NumMethod() != ref.NumMethod() || v.Method(0).Call([]reflect.Value{reflect.ValueOf(2)})[0].Int() != 0 {
		return false
	}
	mt := reflect.MapOf(x, reflect.TypeOf(0))
	if mt.Key() != x || mt.String() != "map[interp.Namer]int" {
		return false
	}
	// A named empty interface type.
	e := makeIfaceRType("interp.Any", pkg, nil)
	if e == nil || e.Kind() != reflect.Interface || e.NumMethod() != 0 || e.String() != "interp.Any" || !reflect.TypeOf(3).Implements(e) ||
		!x.Implements(e) || e.Implements(x) {
		return false
	}
	ev := reflect.New(e).Elem()
	ev.Set(reflect.ValueOf(3))
	if ev.Elem().Int() != 3 || ev.Interface() != any(3) || !reflect.Zero(e).IsNil() {
		return false
	}
	return true
}

// ifaceKey identifies an interface type made for an interpreted interface
// type: its name and its methods (a cell declaring it run again gets the
// same type).
type ifaceKey struct {
	str, pkg, methods string
}

// ifaceRType returns the runtime interface type of the interpreted
// interface type t (declared, an instance of a generic interface type, or
// a literal of exported methods), or nil if it has none: interface{},
// a method set not known.
func (interp *Interpreter) ifaceRType(t *itype) reflect.Type {
	if t == nil || t.name != "" && t.path == "" || t.incomplete || !isInterfaceSrc(t) || !ifaceTypesWork() {
		return nil
	}
	ms, ok := interp.ifaceMethods(t, map[*itype]bool{})
	if !ok || len(ms) == 0 && t.name == "" {
		return nil
	}
	sort.Slice(ms, func(i, j int) bool { return methodLess(ms[i].name, ms[j].name) })
	pkg := t.path
	str := pkg[strings.LastIndex(pkg, "/")+1:] + "." + t.name
	if t.name == "" {
		// A literal (interface{ Error() string }), of exported methods
		// only (the string of an unexported one names its package).
		pkg = ""
		var sigs []string
		for _, m := range ms {
			if !token.IsExported(m.name) {
				return nil
			}
			sigs = append(sigs, m.name+strings.TrimPrefix(m.typ.String(), "func"))
		}
		str = "interface { " + strings.Join(sigs, "; ") + " }"
	}
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%s %p;", m.name, rtTypeOf(m.typ))
	}
	k := ifaceKey{str, pkg, b.String()}
	if r, ok := interp.ifaceTypes.Load(k); ok {
		return r.(reflect.Type)
	}
	r := makeIfaceRType(str, pkg, ms)
	if r == nil {
		return nil
	}
	old, _ := interp.ifaceTypes.LoadOrStore(k, r)
	rt := old.(reflect.Type)
	// A nil pointer to it coming back from compiled code is a nil
	// pointer to the interpreted type (backVI).
	pt := ptrOf(t, withScope(t.scope))
	namedBacks.LoadOrStore(reflect.PointerTo(rt), &namedBack{t: pt, n: &node{kind: identExpr, typ: pt, interp: interp}, nilOnly: true})
	namedMade.Add(1)
	return rt
}

// ifaceMethods returns the methods of the method set of the interface
// type t, with the reflect types the method tables of interpreted types
// give them (rtmethods.go), or false if one is not known.
func (interp *Interpreter) ifaceMethods(t *itype, seen map[*itype]bool) ([]ifaceMethod, bool) {
	for t.cat == linkedT && t.val != nil {
		t = t.val
	}
	if seen[t] {
		return nil, false
	}
	seen[t] = true
	defer delete(seen, t)
	var ms []ifaceMethod
	add := func(name string, rt reflect.Type) bool {
		for _, m := range ms {
			if m.name == name {
				return m.typ == rt
			}
		}
		ms = append(ms, ifaceMethod{name, rt})
		return true
	}
	switch t.cat {
	case interfaceT:
		for _, f := range t.field {
			ft := f.typ
			if ft == nil || ft.incomplete {
				return nil, false
			}
			if !f.embed && ft.cat == funcT {
				rt := ft.TypeOf()
				if rt == nil || rt.Kind() != reflect.Func {
					return nil, false
				}
				rt = namedSig(rt, interp.sigNames(ft)) // gonotes patch (s11-refl)
				rt = interp.ifaceResultSig(rt, ft)     // gonotes patch (s13-misc): as the method tables (rtifaceresult.go)
				if !add(f.name, rt) {
					return nil, false
				}
				continue
			}
			sub, ok := interp.ifaceMethods(ft, seen)
			if !ok {
				return nil, false
			}
			for _, m := range sub {
				if !add(m.name, m.typ) {
					return nil, false
				}
			}
		}
	case valueT, errorT:
		rt := t.TypeOf()
		if rt == nil || rt.Kind() != reflect.Interface {
			return nil, false
		}
		for i := 0; i < rt.NumMethod(); i++ {
			m := rt.Method(i)
			if m.PkgPath != "" { // an unexported method of a compiled package
				return nil, false
			}
			if !add(m.Name, m.Type) {
				return nil, false
			}
		}
	default:
		return nil, false
	}
	return ms, true
}

// namedSig returns the func type ft with its parameters then results
// named by names (sigNames) where a name is given for a type of the same
// kind and size. gonotes patch (s11-refl).
func namedSig(ft reflect.Type, names []reflect.Type) reflect.Type {
	changed := false
	in := make([]reflect.Type, ft.NumIn())
	for i := range in {
		in[i] = ft.In(i)
		if i < len(names) && names[i] != nil && names[i].Kind() == in[i].Kind() && names[i].Size() == in[i].Size() && names[i] != in[i] {
			in[i], changed = names[i], true
		}
	}
	out := make([]reflect.Type, ft.NumOut())
	for i := range out {
		out[i] = ft.Out(i)
		if k := len(in) + i; k < len(names) && names[k] != nil && names[k].Kind() == out[i].Kind() && names[k].Size() == out[i].Size() && names[k] != out[i] {
			out[i], changed = names[k], true
		}
	}
	if !changed {
		return ft
	}
	return reflect.FuncOf(in, out, ft.IsVariadic())
}

// ifacePtrArg returns the value of an argument of the interpreted type
// *I, **I... (I an interpreted interface type with a runtime interface
// type) given to compiled code as an any (value, its value as the call
// gives it otherwise): a nil pointer is a nil pointer of the runtime
// interface type (reflect.TypeOf((*I)(nil)), reflect.TypeFor[*I]()), other
// values are as before (their memory has the layout of the interpreter's
// values).
//
// For reflect.TypeOf (typeOnly), which reads only the type of its
// argument, a non-nil pointer is given as the nil pointer of the runtime
// type too: reflect.TypeOf(&s).Elem() is the interface type, as in Go
// (gonotes patch, s12-iface).
func (interp *Interpreter) ifacePtrArg(t *itype, value func(*frame) reflect.Value, typeOnly bool) func(*frame) reflect.Value {
	depth := 0
	for t != nil && isPtrSrc(t) {
		for k := 0; t.cat == linkedT && t.val != nil && k < 8; k++ {
			t = t.val
		}
		t = t.val
		if depth++; depth > 8 { // type P *P
			return value
		}
	}
	r := interp.ifaceRType(t)
	if r == nil {
		// A composite of interface types ([]I, map[string]I): a nil
		// pointer holds no value of its layout either.
		if r = interp.ifaceSubst(t, 0); r == nil {
			return value
		}
	}
	for ; depth > 0; depth-- {
		r = reflect.PointerTo(r)
	}
	zero := reflect.Zero(r)
	return func(f *frame) reflect.Value {
		v := value(f)
		w := v
		if w.IsValid() && w.Kind() == reflect.Interface && !w.IsNil() {
			w = w.Elem()
		}
		if w.IsValid() && w.Kind() == reflect.Ptr && (w.IsNil() || typeOnly) {
			return zero
		}
		return v
	}
}

var typeOfPC = reflect.ValueOf(reflect.TypeOf).Pointer()

// isTypeOf reports whether n is reflect.TypeOf (gonotes patch, s12-iface).
func isTypeOf(n *node) bool {
	return n.rval.IsValid() && n.rval.Kind() == reflect.Func && !n.rval.IsNil() && n.rval.Pointer() == typeOfPC
}

// ifaceSubst returns the reflect type of the unnamed composite type t
// ([]I, map[string][]I, chan I, [2]*I) with the runtime interface types of
// the interpreted interface types it is made of, or nil if it has none or
// is not such a type (a named type keeps its own runtime type).
func (interp *Interpreter) ifaceSubst(t *itype, depth int) reflect.Type {
	if t == nil || depth > 8 || t.incomplete {
		return nil
	}
	if isInterfaceSrc(t) {
		return interp.ifaceRType(t)
	}
	if t.name != "" || t.val == nil || t.val == t {
		return nil
	}
	elem := interp.ifaceSubst(t.val, depth+1)
	var key reflect.Type
	if t.cat == mapT {
		key = interp.ifaceSubst(t.key, depth+1)
		if key != nil && !key.Comparable() {
			return nil
		}
	}
	if elem == nil && key == nil {
		return nil
	}
	orig := t.TypeOf()
	if orig == nil {
		return nil
	}
	if elem == nil {
		elem = orig.Elem()
	}
	switch t.cat {
	case ptrT:
		return reflect.PointerTo(elem)
	case sliceT:
		return reflect.SliceOf(elem)
	case arrayT:
		return reflect.ArrayOf(orig.Len(), elem)
	case chanT, chanSendT, chanRecvT:
		return reflect.ChanOf(orig.ChanDir(), elem)
	case mapT:
		if key == nil {
			key = orig.Key()
		}
		return reflect.MapOf(key, elem)
	}
	return nil
}

// ifaceValueArg returns the value of an argument of an interpreted
// interface type given to compiled code as an any, for a function without
// special interfaces (reflect.TypeOf(s), s a Shape holding a Square): the
// value it holds, as a value of its named runtime type if it has one, as
// an interpreted value held by an any is given (crossValue).
func (interp *Interpreter) ifaceValueArg(n *node) func(*frame) reflect.Value {
	value, old := genValue(n), genValueInterfaceValue(n)
	return func(f *frame) reflect.Value {
		if vi, ok := value(f).Interface().(valueInterface); ok && vi.node != nil {
			if u := innermostVI(vi); u.node != nil && u.node.typ != nil && u.node.typ.cat != valueT && u.value.IsValid() && u.value.Type() != valueInterfaceType {
				return interp.toNamed(u.node.typ, u.value)
			}
		}
		return old(f)
	}
}

// wrappedArg returns the value of an argument of a compiled interface type
// (error, fmt.Stringer) given to compiled code as an any, for a function
// without special interfaces (other, its value as the call gives it
// otherwise): a value of an interpreted type held by the interpreter's
// wrapper of that interface is given as a value of its named runtime type,
// if that type has the interface's methods (reflect.TypeOf(err), err an
// error holding a MyErr, is main.MyErr, not interp._error).
func (interp *Interpreter) wrappedArg(c *node, other func(*frame) reflect.Value) func(*frame) reflect.Value {
	it := c.typ.TypeOf()
	if it == nil || it.Kind() != reflect.Interface || it.NumMethod() == 0 {
		return other
	}
	value := genValue(c)
	return func(f *frame) reflect.Value {
		if vi, ok := interp.wrappedVI(value(f)); ok && vi.node != nil && vi.node.typ != nil {
			if r := interp.crossRType(vi.node.typ); r != nil && r.Implements(it) {
				if v := interp.toNamed(vi.node.typ, vi.value); v.IsValid() && v.Type() == r {
					return v
				}
			}
		}
		return other(f)
	}
}

// ifaceCompositeRType returns the reflect type of t, an unnamed slice,
// array, map, chan or func type made of interface types of the notebook
// ([]Shape, map[string]Shape, func(Shape) Shape), with their runtime
// interface types ([]main.Shape), or nil if t is no such type (or a
// pointer type: ifacePtrArg). A func read from a struct field (a value of
// its reflect type whose val is its func type, wrapperValueTOf) is of its
// func type. gonotes patch (s19-misc19).
func (interp *Interpreter) ifaceCompositeRType(t *itype) reflect.Type {
	if t != nil && t.cat == valueT && t.val != nil && t.val.cat == funcT {
		t = t.val
	}
	if t == nil || t.name != "" || t.incomplete {
		return nil
	}
	switch t.cat {
	case sliceT, arrayT, mapT, chanT, chanSendT, chanRecvT:
	case funcT:
	default:
		return nil
	}
	if r, ok := interp.ifaceComposites.Load(t); ok {
		r, _ := r.(reflect.Type)
		return r
	}
	var r reflect.Type
	if t.cat == funcT {
		r = interp.ifaceFuncTypeOnly(t)
	} else {
		r = interp.ifaceSubst(t, 0)
	}
	interp.ifaceComposites.Store(t, r)
	return r
}

// ifaceFuncTypeOnly returns the reflect type of the unnamed func type t
// with the runtime interface types of the interface types of the notebook
// its parameters and results are, or are made of (func([]Shape)
// map[string]Shape: func([]main.Shape) map[string]main.Shape), or nil if
// it has none. It names the type only (reflect.TypeOf): no func of the
// interpreter has it, as the wrapper's signature (ifaceFuncSig), which
// substitutes the interface types themselves, has. gonotes patch
// (s20-escape20).
func (interp *Interpreter) ifaceFuncTypeOnly(t *itype) reflect.Type {
	ft := t.TypeOf()
	sig := interp.ifaceFuncSig(t, ft)
	if ft == nil || ft.Kind() != reflect.Func || ft.NumIn() != len(t.arg) || ft.NumOut() != len(t.ret) {
		return sig
	}
	base := sig
	if base == nil {
		base = ft
	}
	changed := false
	conv := func(a *itype, rt reflect.Type) reflect.Type {
		if a == nil || isInterfaceSrc(a) || a.cat == variadicT {
			return rt
		}
		if r := interp.ifaceSubst(a, 0); r != nil {
			changed = true
			return r
		}
		return rt
	}
	ins := make([]reflect.Type, ft.NumIn())
	for i := range ins {
		ins[i] = conv(t.arg[i], base.In(i))
	}
	outs := make([]reflect.Type, ft.NumOut())
	for i := range outs {
		outs[i] = conv(t.ret[i], base.Out(i))
	}
	if !changed {
		return sig
	}
	return reflect.FuncOf(ins, outs, ft.IsVariadic())
}
