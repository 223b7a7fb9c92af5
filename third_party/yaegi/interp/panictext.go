package interp

// gonotes patch (whole file): the text of a panic whose value has an
// interpreted type, as Go's runtime prints it. See PATCHES.md, "Panic values
// of interpreted types".

import (
	"fmt"
	"math"
	"path"
	"reflect"
	"strconv"
	"sync"
	"sync/atomic"
)

// panicTexts keeps the last values panicked by interpreted code whose text
// depends on their interpreted type: the runtime value of an interpreted
// type has neither its methods nor its name (myInt(5) is an int 5).
type panicTexts struct {
	mu   sync.Mutex
	last [8]panicText
	next int
}

type panicText struct {
	value any
	text  func() string
}

func (p *panicTexts) add(v any, text func() string) {
	p.mu.Lock()
	p.last[p.next] = panicText{v, text}
	p.next = (p.next + 1) % len(p.last)
	p.mu.Unlock()
}

// PanicText returns the text Go prints for the panic value v ("panic: "
// followed by it) if v was panicked by interpreted code with an interpreted
// type that gives it a text of its own: the result of its Error or String
// method, or the form T(v) of a named basic type ("main.myInt(5)"). It
// returns false otherwise (print v as usual). The value is looked up among
// the last ones panicked, the most recent first.
func (interp *Interpreter) PanicText(v any) (string, bool) {
	if v == nil || !reflect.TypeOf(v).Comparable() {
		return "", false
	}
	p := &interp.panics
	p.mu.Lock()
	var text func() string
	for i := 1; i <= len(p.last); i++ {
		r := p.last[(p.next-i+len(p.last))%len(p.last)]
		if r.text != nil && reflect.TypeOf(r.value) == reflect.TypeOf(v) && r.value == v {
			text = r.text
			break
		}
	}
	p.mu.Unlock()
	if text == nil {
		return "", false
	}
	return text(), true
}

var stringerType = reflect.TypeOf((*fmt.Stringer)(nil)).Elem() // errorType: errwrap.go

// genPanicText returns, for the argument n of a call to panic, a function
// that records the text of the value being panicked (see PanicText), or nil
// if its type is not an interpreted one with a text of its own. (A value
// of an interpreted error type is panicked as an error, see _panic.)
func genPanicText(n *node) func(f *frame, v any) {
	t := n.typ
	if t == nil || t.cat == valueT || t.cat == interfaceT || t.cat == nilT {
		return nil
	}
	if meth, _ := t.lookupMethod("Error"); meth != nil {
		// _panic panics with an error wrapper if the method is in the
		// method set; a value whose Error method has a pointer receiver
		// is no error (nor a Stringer): Go prints it as a plain value.
		return nil
	}
	for _, m := range []struct {
		name string
		typ  reflect.Type
	}{{"String", stringerType}} {
		meth, _ := t.lookupMethod(m.name)
		if meth == nil {
			continue
		}
		if t.cat != ptrT && ptrReceiver(meth) {
			return nil // not in the method set of the value
		}
		if getWrapper(n, m.typ) == nil {
			continue
		}
		wrap := genInterfaceWrapper(n, m.typ)
		call := m.name
		return func(f *frame, v any) {
			w := wrap(f)
			n.interp.panics.add(v, func() string {
				switch x := w.Interface().(type) {
				case error:
					if call == "Error" {
						return x.Error()
					}
				case fmt.Stringer:
					return x.String()
				}
				return fmt.Sprint(v)
			})
		}
	}
	if t.name == "" || t.path == "" {
		return nil
	}
	name := path.Base(t.path) + "." + t.name
	return func(_ *frame, v any) {
		if s, ok := basicPanicText(name, v); ok {
			n.interp.panics.add(v, func() string { return s })
		}
	}
}

// basicPanicText returns the text Go's runtime prints for a panic value of
// the named type name whose underlying type is basic: main.myInt(5),
// main.S("x"), main.F(1.5), main.C(1+2i).
func basicPanicText(name string, v any) (string, bool) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return name + "(" + strconv.FormatInt(rv.Int(), 10) + ")", true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return name + "(" + strconv.FormatUint(rv.Uint(), 10) + ")", true
	case reflect.Bool:
		return name + "(" + strconv.FormatBool(rv.Bool()) + ")", true
	case reflect.String:
		return name + `("` + rv.String() + `")`, true
	case reflect.Float32, reflect.Float64:
		return name + "(" + panicFloat(rv.Float(), rv.Type().Bits()) + ")", true
	case reflect.Complex64, reflect.Complex128:
		c, bits := rv.Complex(), rv.Type().Bits()/2
		im := panicFloat(imag(c), bits)
		if im[0] != '+' && im[0] != '-' {
			im = "+" + im
		}
		return name + "(" + panicFloat(real(c), bits) + im + "i)", true
	}
	return "", false
}

// panicFloat formats x (of bits bits) as Go prints it in a panic
// message: the shortest form, +Inf for the positive infinity.
func panicFloat(x float64, bits int) string {
	if math.IsInf(x, 1) {
		return "+Inf"
	}
	return strconv.FormatFloat(x, 'g', -1, bits)
}

// panicTypes keeps the last values panicked by interpreted code with the
// node giving their interpreted type, so that recover returns the value
// with its type, as Go does: `r := recover()` after panic(code(7)) is a
// main.code (%T, a type switch, a Stringer), not an int. (gonotes patch)
type panicTypes struct {
	mu   sync.Mutex
	last [8]panicType
	next int
}

type panicType struct {
	value any
	node  *node
}

func (p *panicTypes) add(v any, n *node) {
	p.mu.Lock()
	p.last[p.next] = panicType{v, n}
	p.next = (p.next + 1) % len(p.last)
	p.mu.Unlock()
}

// take returns the node recorded for the recovered value v, and the
// interpreted value itself (the value an error wrapper holds), and forgets
// it; or nil if v was not panicked with an interpreted type.
func (p *panicTypes) take(v any) (*node, reflect.Value) {
	key, ok := panicKey(v)
	if !ok {
		return nil, reflect.Value{}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for i := 1; i <= len(p.last); i++ {
		j := (p.next - i + len(p.last)) % len(p.last)
		r := p.last[j]
		if r.node == nil {
			continue
		}
		if k, ok := panicKey(r.value); ok && reflect.TypeOf(k) == reflect.TypeOf(key) && k == key {
			p.last[j] = panicType{}
			return r.node, reflect.ValueOf(key)
		}
	}
	return nil, reflect.Value{}
}

// panicKey returns the comparable value identifying a panic value: the
// value itself, or the interpreted value held by an interface wrapper
// (a struct whose first field IValue holds it) or given as a value of its
// named runtime type.
func panicKey(v any) (any, bool) {
	if v == nil {
		return nil, false
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Struct && rv.NumField() > 0 && rv.Type().Field(0).Name == "IValue" {
		iv := rv.Field(0)
		if !iv.CanInterface() || iv.IsNil() {
			return nil, false
		}
		v = iv.Interface()
	} else if vi, ok := namedVI(rv); ok && vi.value.IsValid() && vi.value.CanInterface() {
		// gonotes patch (s10-stringer): a value of a named runtime type
		// (an error panicked as one: genInterfaceWrapper) is the value of
		// its interpreted type, as the value a wrapper holds.
		v = vi.value.Interface()
	}
	if v == nil || !reflect.TypeOf(v).Comparable() {
		return nil, false
	}
	return v, true
}

// typedPanic reports whether a value of type t panicked by interpreted code
// is to be recorded in panicTypes: a type of interpreted code (a defined
// type, or one made of defined types) whose runtime value lacks its name.
func typedPanic(t *itype) bool {
	return t != nil && t.cat != valueT && t.cat != nilT && !isInterfaceSrc(t) && nameable(t) == 2
}

// wrapValue returns the value v of the interpreted type of n in the wrapper
// of the interface rt (see getWrapper), or an invalid value if a method is
// not an interpreted one. (gonotes patch)
func wrapValue(f *frame, n *node, v reflect.Value, rt reflect.Type) reflect.Value {
	wrap := getWrapper(n, rt)
	if wrap == nil {
		return reflect.Value{}
	}
	n.interp.noteWrapped(n.typ)
	w := reflect.New(wrap).Elem()
	w.Field(0).Set(v)
	for i := 1; i < wrap.NumField(); i++ {
		m, index := n.typ.lookupMethod(wrap.Field(i).Name[1:])
		if m == nil {
			return reflect.Value{}
		}
		nod := *m
		nod.recv = &receiver{nil, v, index, true}
		w.Field(i).Set(genFunctionWrapper(&nod)(f))
	}
	n.interp.noteWrapper(w, n) // gonotes patch: rtiface.go
	return w
}

// inMethodSet reports whether the interpreted methods of t named as the
// methods of the interface rt are in the method set of t: not methods with
// a pointer receiver of a type which is not a pointer. (gonotes patch)
func inMethodSet(t *itype, rt reflect.Type) bool {
	return ptrMethodMissing(t, rt) == ""
}

// ptrMethodMissing returns the name of the first method of the interface
// rt which t has with a pointer receiver only, or "". (gonotes patch)
func ptrMethodMissing(t *itype, rt reflect.Type) string {
	if rt.Kind() != reflect.Interface || t.cat == ptrT {
		return ""
	}
	for i := 0; i < rt.NumMethod(); i++ {
		if m, index := t.lookupMethod(rt.Method(i).Name); m != nil && ptrReceiver(m) && !embedPathHasPtr(t, index) {
			return rt.Method(i).Name
		}
	}
	return ""
}

// embedPathHasPtr reports whether the path of embedded fields index (of
// lookupMethod) from the struct type t goes through an embedded pointer:
// a method with a pointer receiver promoted through it is in the method
// set of t itself (struct{ *E; Code int } has (*E).Error). gonotes patch
// (s14-public9b).
func embedPathHasPtr(t *itype, index []int) bool {
	cur := t
	for _, i := range index {
		for cur != nil && cur.cat == linkedT && cur.val != nil {
			cur = cur.val
		}
		if cur == nil || i >= len(cur.field) {
			return false
		}
		ft := cur.field[i].typ
		if ft == nil {
			return false
		}
		if ft.cat == ptrT {
			return true
		}
		cur = ft
	}
	return false
}

// PanicLink is a panic that another one followed while it unwound the
// stack: a deferred call panicked while it ran (see PanicChain).
type PanicLink struct {
	// Value is the value of the earlier panic.
	Value any
	// Recovered is true when the deferred call that panicked had
	// recovered this one first: Go prints it with " [recovered]", or, when
	// the new panic's value is the same, prints the new one alone with
	// " [recovered, repanicked]" (Go 1.25).
	Recovered bool
}

// panicChains keeps, for the last values panicked by a deferred call while
// another panic unwound its frame, the panics that came before them.
// (gonotes patch, s20-lead)
type panicChains struct {
	mu    sync.Mutex
	last  [8]panicChain
	next  int
	count atomic.Int32 // records held: none, and forget returns at once
}

type panicChain struct {
	key   any
	links []PanicLink
}

// find returns the index of the record of key, or -1. p.mu is held.
func (p *panicChains) find(key any) int {
	for i := 1; i <= len(p.last); i++ {
		j := (p.next - i + len(p.last)) % len(p.last)
		r := p.last[j]
		if r.links != nil && reflect.TypeOf(r.key) == reflect.TypeOf(key) && r.key == key {
			return j
		}
	}
	return -1
}

// follow records that the panic v followed prev (recovered or not), which
// itself may have followed others.
func (p *panicChains) follow(prev any, recovered bool, v any) {
	key, ok := panicKey(v)
	if !ok {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	var links []PanicLink
	if pk, ok := panicKey(prev); ok {
		if j := p.find(pk); j >= 0 {
			links = append(links, p.last[j].links...)
		}
	}
	links = append(links, PanicLink{Value: prev, Recovered: recovered})
	if j := p.find(key); j >= 0 {
		p.last[j] = panicChain{}
		p.count.Add(-1)
	}
	if p.last[p.next].links != nil {
		p.count.Add(-1)
	}
	p.last[p.next] = panicChain{key, links}
	p.next = (p.next + 1) % len(p.last)
	p.count.Add(1)
}

// forget drops the record of v, recovered once the deferred call that
// recovered it returned.
func (p *panicChains) forget(v any) {
	if p.count.Load() == 0 {
		return
	}
	key, ok := panicKey(v)
	if !ok {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if j := p.find(key); j >= 0 {
		p.last[j] = panicChain{}
		p.count.Add(-1)
	}
}

// PanicChain returns the panics that came before the panic value v, the
// first first, if v was panicked by a deferred call while they unwound the
// stack: Go prints an unrecovered panic after them ("panic: first\n\tpanic:
// second"). It returns nil otherwise, and forgets the record (the host
// reports the panic once). A value that is not comparable has no chain.
// (gonotes patch, s20-lead)
func (interp *Interpreter) PanicChain(v any) []PanicLink {
	key, ok := panicKey(v)
	if !ok {
		return nil
	}
	p := &interp.panicChains
	p.mu.Lock()
	defer p.mu.Unlock()
	if j := p.find(key); j >= 0 {
		links := p.last[j].links
		p.last[j] = panicChain{}
		p.count.Add(-1)
		return links
	}
	return nil
}

// SamePanicValue reports whether the panic values a and b are the same
// value (the one an interface wrapper holds, compared with ==), as Go's
// runtime compares a recovered panic's value with the next panic's.
// (gonotes patch, s20-lead)
func SamePanicValue(a, b any) (same bool) {
	ka, ok := panicKey(a)
	if !ok {
		return false
	}
	kb, ok := panicKey(b)
	if !ok || reflect.TypeOf(ka) != reflect.TypeOf(kb) {
		return false
	}
	defer func() {
		if recover() != nil { // an interface field holding a slice
			same = false
		}
	}()
	return ka == kb
}

// NoteRepanic records that the panic value v was recovered and panicked
// again by compiled code (sync.OnceFunc, json.Marshal, fmt.Sscan recover a
// panic of the code they call and panic with it again): PanicChain(v) then
// ends with v recovered, which Go prints as "v [recovered, repanicked]".
// (gonotes patch, s20-lead)
func (interp *Interpreter) NoteRepanic(v any) {
	interp.panicChains.follow(v, true, v)
}
