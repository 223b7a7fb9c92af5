package interp

// gonotes patch (s12-wrap): calls of interpreted funcs made by compiled
// code (sort.Slice's less, strings.IndexFunc's predicate, a func given to
// a library) reuse a frame and, for the most common signatures, skip
// reflect.MakeFunc (see PATCHES.md, "Interpreted funcs called by compiled
// code").
//
// Upstream, each such call goes through reflect.MakeFunc: its arguments
// are boxed into a []reflect.Value, a frame is allocated with one
// reflect.New per slot, the arguments are set through reflect, and the
// results come back in a slice. When nothing can refer to the callee's
// frame once it has returned (frameReuse: no func literal, defer, go,
// recover or address-of in the body, slots of plain kinds), a wrapper now
// keeps one frame and reuses it for its next call; concurrent or
// recursive calls take a new one. For the signatures below, the wrapper is
// a typed Go func that sets its arguments into the frame's slots and
// reads its result without reflect.MakeFunc.

import (
	"reflect"
	"sync/atomic"
)

// wrapCall runs the body of an interpreted func for a wrapper made by
// genFuncWrapper.
type wrapCall struct {
	def    *node
	n      *node
	f      *frame  // the frame the func runs in (its anc)
	ctl    *runCtl // the run the value was made in, or nil
	numRet int
	ri     *reuseInfo // nil: a new frame for each call
	// anyRets are the results of type any of a func literal (callLit):
	// a notebook value in them goes out as its named runtime type.
	anyRets []int
	cache   atomic.Pointer[frame]
}

// acquire returns a frame for a call, its slots zero values, and whether
// it is the wrapper's reusable frame (to release after the call).
func (w *wrapCall) acquire() (*frame, bool) {
	if w.ri != nil {
		fr := w.cache.Swap(nil)
		switch {
		case fr == nil:
			fr = newReusedFrame(w.ri, w.def, w.f)
		case w.ri.plain:
			reuseFrame(fr, w.f)
		default:
			reuseFrameOf(fr, w.f) // cleared by release
		}
		if w.ctl != nil {
			fr.storeCtl(w.ctl)
		}
		fr.from, fr.fromAt = nil, nil // gonotes patch (s17-caller): called by compiled code
		w.def.interp.revive(fr)
		return fr, true
	}
	fr := newFrame(w.f, len(w.def.types), w.f.runid())
	if w.ctl != nil {
		fr.ctl = w.ctl
	}
	w.def.interp.revive(fr)
	fastSlots(w.def, fr.data, w.def.types)
	return fr, false
}

// release gives the frame of a call back to the wrapper. A frame whose
// slots may refer to memory (strings, slices, maps, pointers) is cleared
// first, so that a kept frame keeps nothing alive between calls.
func (w *wrapCall) release(fr *frame, reused bool) {
	if !reused {
		return
	}
	if !w.ri.plain {
		clearReused(fr)
	}
	w.cache.Store(fr)
}

// run runs the body on fr. A function whose body was not compiled yet
// when the wrapper was made has its start read now (see genFuncWrapper).
func (w *wrapCall) run(fr *frame) { runCfg(w.def.child[3].start, fr, w.def, w.n) }

// arg returns the slot of argument i of a call on fr, or an invalid
// value if the function has no slot for it (an unused parameter).
func (w *wrapCall) arg(fr *frame, i int) reflect.Value {
	if j := w.numRet + i; j < len(fr.data) {
		return fr.data[j]
	}
	return reflect.Value{}
}

var (
	boolRType          = reflect.TypeFor[bool]()
	intRType           = reflect.TypeFor[int]()
	funcIntIntBoolType = reflect.TypeFor[func(int, int) bool]()
	funcIntBoolType    = reflect.TypeFor[func(int) bool]()
	funcRuneBoolType   = reflect.TypeFor[func(rune) bool]()
	funcRuneRuneType   = reflect.TypeFor[func(rune) rune]()
	funcIntIntType     = reflect.TypeFor[func(int) int]()
	funcStrStrType     = reflect.TypeFor[func(string) string]()
	funcStrBoolType    = reflect.TypeFor[func(string) bool]()
	funcF64F64Type     = reflect.TypeFor[func(float64) float64]()
)

// wrapSig is a signature with a typed wrapper (typedSig).
type wrapSig struct {
	kind reflect.Type // the unnamed signature
	conv reflect.Type // the named func type to convert to, or nil
}

// typedSig returns the signature of t that has a typed wrapper, if any.
// A named func type (type Less func(i, j int) bool) has the wrapper of its
// underlying signature, converted.
func typedSig(t reflect.Type) (wrapSig, bool) {
	if t == nil || t.Kind() != reflect.Func {
		return wrapSig{}, false
	}
	u := t
	if t.Name() != "" {
		ins, outs := make([]reflect.Type, t.NumIn()), make([]reflect.Type, t.NumOut())
		for i := range ins {
			ins[i] = t.In(i)
		}
		for i := range outs {
			outs[i] = t.Out(i)
		}
		u = reflect.FuncOf(ins, outs, t.IsVariadic())
		if !u.ConvertibleTo(t) {
			return wrapSig{}, false
		}
	}
	switch u {
	case funcIntIntBoolType, funcIntBoolType, funcRuneBoolType, funcRuneRuneType, funcIntIntType,
		funcStrStrType, funcStrBoolType, funcF64F64Type:
	default:
		return wrapSig{}, false
	}
	if u == t {
		return wrapSig{kind: u}, true
	}
	return wrapSig{kind: u, conv: t}, true
}

// typed returns a typed Go func running the function, of the signature sig
// (from typedSig).
func (w *wrapCall) typed(sig wrapSig) reflect.Value {
	v := w.typedFunc(sig.kind)
	if sig.conv != nil {
		v = v.Convert(sig.conv)
	}
	return v
}

func (w *wrapCall) typedFunc(t reflect.Type) reflect.Value {
	switch t {
	case funcIntIntBoolType:
		return reflect.ValueOf(func(a, b int) bool {
			defer leaveClosure(enterClosure())
			fr, re := w.acquire()
			setIntArg(w.arg(fr, 0), a)
			setIntArg(w.arg(fr, 1), b)
			w.run(fr)
			r := fr.data[0].Bool()
			w.release(fr, re)
			return r
		})
	case funcIntBoolType:
		return reflect.ValueOf(typed1(w, setIntArg[int], reflect.Value.Bool))
	case funcRuneBoolType:
		return reflect.ValueOf(typed1(w, setIntArg[rune], reflect.Value.Bool))
	case funcRuneRuneType:
		return reflect.ValueOf(typed1(w, setIntArg[rune], func(v reflect.Value) rune { return rune(v.Int()) }))
	case funcIntIntType:
		return reflect.ValueOf(typed1(w, setIntArg[int], func(v reflect.Value) int { return int(v.Int()) }))
	case funcStrBoolType:
		return reflect.ValueOf(typed1(w, setStringArg, reflect.Value.Bool))
	case funcStrStrType:
		return reflect.ValueOf(typed1(w, setStringArg, reflect.Value.String))
	case funcF64F64Type:
		return reflect.ValueOf(typed1(w, setFloatArg, reflect.Value.Float))
	}
	panic("typedFunc: no typed wrapper for " + t.String())
}

// typed1 returns a func of one argument and one result running w's
// function: set puts the argument into its slot, get reads the result.
func typed1[A, R any](w *wrapCall, set func(reflect.Value, A), get func(reflect.Value) R) func(A) R {
	return func(a A) R {
		defer leaveClosure(enterClosure())
		fr, re := w.acquire()
		set(w.arg(fr, 0), a)
		w.run(fr)
		r := get(fr.data[0])
		w.release(fr, re)
		return r
	}
}

// setIntArg, setStringArg and setFloatArg set an argument's slot; a
// function without a slot for it (an unused parameter) has an invalid one.
func setIntArg[T int | rune](v reflect.Value, a T) {
	if v.IsValid() {
		v.SetInt(int64(a))
	}
}

func setStringArg(v reflect.Value, a string) {
	if v.IsValid() {
		v.SetString(a)
	}
}

func setFloatArg(v reflect.Value, a float64) {
	if v.IsValid() {
		v.SetFloat(a)
	}
}

// callLit is the body of the reflect.MakeFunc func of a func literal's
// value (getFunc) without a typed wrapper: in holds its arguments.
func (w *wrapCall) callLit(in []reflect.Value) []reflect.Value {
	defer leaveClosure(enterClosure()) // gonotes patch: call depth
	n := w.def
	fr, reused := w.acquire()
	d := fr.data[w.numRet:]
	// Copy function input arguments in local frame.
	for i, arg := range in {
		if i >= len(d) {
			// In case of unused arg, there may be not even a frame entry allocated, just skip.
			break
		}
		setFuncArg(d[i], n.typ.arg[i], arg)
	}
	w.run(fr)
	out := w.results(fr, reused)
	for _, i := range w.anyRets { // gonotes patch (s13): see genFunctionWrapper
		out[i] = n.interp.namedResult(out[i])
	}
	return out
}

// results returns the results of a call on fr; a reused frame is given
// back once they are copied out of it.
func (w *wrapCall) results(fr *frame, reused bool) []reflect.Value {
	if !reused {
		return fr.data[:w.numRet]
	}
	var out []reflect.Value
	if w.numRet > 0 {
		out = make([]reflect.Value, w.numRet)
		for i := range out {
			v := fr.data[i]
			switch v.Type() {
			case boolRType: // a copy without an allocation of its own
				out[i] = reflect.ValueOf(v.Bool())
			case intRType:
				out[i] = reflect.ValueOf(int(v.Int()))
			default:
				out[i] = reflect.New(v.Type()).Elem()
				out[i].Set(v)
			}
		}
	}
	w.release(fr, true)
	return out
}

// setFuncArg sets the slot dst of a parameter of type typ to the argument
// arg of a call made by compiled code (an interface parameter holds the
// interpreter's wrapper of the value).
func setFuncArg(dst reflect.Value, typ *itype, arg reflect.Value) {
	switch {
	case isEmptyInterface(typ) || typ.TypeOf() == valueInterfaceType:
		dst.Set(arg)
	case isInterfaceSrc(typ):
		dst.Set(reflect.ValueOf(valueInterface{value: arg.Elem()}))
	default:
		dst.Set(unboxFunc(dst, arg)) // gonotes patch: recursive func types
	}
}
