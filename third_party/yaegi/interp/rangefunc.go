package interp

// gonotes patch: range over function iterators (Go 1.23).
//
// `for k, v := range f { body }`, where f is a func(yield func(K, V) bool)
// (or func(yield func(K) bool), func(yield func() bool)), calls f once with
// a yield function, a real Go func value of the parameter type. Each call
// of yield sets the iteration variables and runs the body's CFG on the
// frame of the function that holds the loop (so the body reads and writes
// its variables, and its defer statements register on that function).
//
// The body's CFG ends where an iteration ends: its normal end (and an
// unlabeled continue) makes yield return true. A branch that leaves the
// body (break, continue or goto to an outer statement) or a return
// statement instead records why in the loop's state and ends the body's
// run; yield returns false, and once f has returned, the range statement
// goes on to the branch target, or ends the function for a return (its
// results are already in place), or, for a nested range-over-func loop
// whose target is outside the enclosing one, records it in the enclosing
// loop's state in turn. As in Go, a yield called again after it returned
// false, after the whole loop ended, or after a loop body panic panics
// with the runtime's own error, and so does an iterator that recovers a
// loop body panic and returns normally.

import "reflect"

// rangeFunc is the compile-time information of a range-over-func loop,
// attached to its rangeStmt node.
type rangeFunc struct {
	n, body, oper  *node
	vars           []*node     // iteration variables (nil entries for blank ones)
	args           []*itype    // yield parameter types
	assign         bool        // for k, v = range f
	outer          *rangeFunc  // enclosing range-over-func loop in the same function
	stateIndex     int         // frame index of the *rangeFuncState of the loop
	exits          []rangeExit // branches that leave the body
	markers        map[rangeExit]bltn
	fresh          bool // variables need new storage at each iteration (captured)
	yieldType      reflect.Type
	returnMarker   bltn
	continueMarker bltn
}

// Loop states, as the Go runtime's (abi.RF_State).
const (
	rfReady     = iota // yield may be called
	rfRunning          // the body runs (or panicked)
	rfDone             // yield returned false
	rfExhausted        // the loop has ended
)

// Special values of rangeFuncState.exit (values > 0 index rangeFunc.exits).
const (
	rfExitNone   = 0
	rfExitReturn = -1
	rfExitStop   = -2
)

// rangeExit is a branch out of the body of a range-over-func loop: its
// target, and whether it is a continue statement (the target of a continue
// of the loop itself is also the target of a goto to the loop's label).
type rangeExit struct {
	target *node
	cont   bool
}

// rangeFuncState is the state of one execution of a range-over-func loop.
type rangeFuncState struct {
	state int
	exit  int
}

var rangeFuncStatePtr = reflect.TypeOf((*rangeFuncState)(nil))

func loopState(f *frame, index int) *rangeFuncState {
	return (*rangeFuncState)(f.data[index].UnsafePointer())
}

// rangeFuncYield returns the yield parameter types of the function type t
// if t is a range-over-func iterator type.
func rangeFuncYield(t *itype) ([]*itype, bool) {
	if t == nil {
		return nil, false
	}
	t = t.underlying()
	switch t.cat {
	case funcT:
		if len(t.arg) != 1 || len(t.ret) != 0 {
			return nil, false
		}
		y := t.arg[0].underlying()
		switch y.cat {
		case funcT:
			if len(y.ret) != 1 || !isBool(y.ret[0]) || len(y.arg) > 2 {
				return nil, false
			}
			return y.arg, true
		case valueT:
			return rangeFuncYieldBin(y.rtype)
		}
	case valueT:
		rt := t.rtype
		if rt == nil || rt.Kind() != reflect.Func || rt.NumIn() != 1 || rt.NumOut() != 0 || rt.IsVariadic() {
			return nil, false
		}
		return rangeFuncYieldBin(rt.In(0))
	}
	return nil, false
}

func rangeFuncYieldBin(y reflect.Type) ([]*itype, bool) {
	if y == nil || y.Kind() != reflect.Func || y.NumOut() != 1 || y.Out(0).Kind() != reflect.Bool || y.NumIn() > 2 || y.IsVariadic() {
		return nil, false
	}
	args := make([]*itype, y.NumIn())
	for i := range args {
		args[i] = valueTOf(y.In(i))
	}
	return args, true
}

// rangeFuncSetup is called in pre-order of the body of the range statement
// n: if n ranges over a function, it declares the iteration variables with
// the types of the yield parameters and sets the range generator.
func (sc *scope) rangeFuncSetup(n *node) (bool, error) {
	var k, v, o *node
	if len(n.child) == 4 {
		k, v, o = n.child[0], n.child[1], n.child[2]
	} else {
		k, o = n.child[0], n.child[1]
	}
	args, ok := rangeFuncYield(o.typ)
	if !ok {
		return false, nil
	}
	vars := []*node{k}
	if v != nil {
		vars = append(vars, v)
	}
	if len(vars) > len(args) {
		what := "func value"
		if o.kind == identExpr {
			what = o.ident
		}
		what += " (of type " + o.typ.id() + ")"
		if x := gcOperand(o); x != "" { // gonotes patch (s19-errwords19): go/types' words
			what = x
		}
		switch {
		case len(args) == 0 && (v != nil || k.ident != "_"):
			return true, k.cfgErrorf("range over %s permits no iteration variables", what)
		case len(args) == 1 && v != nil:
			return true, v.cfgErrorf("range over %s permits only one iteration variable", what)
		}
	}
	rf := &rangeFunc{n: n, body: n.lastChild(), oper: o, args: args, assign: n.assignRng}
	for i, x := range vars {
		if i >= len(args) || x.ident == "_" && x.kind == identExpr {
			rf.vars = append(rf.vars, nil)
			continue
		}
		if rf.assign {
			if x.kind != identExpr {
				return true, x.cfgErrorf("range over func: assignment to %s is not supported yet", x.kind)
			}
			sym, level, found := sc.lookup(x.ident)
			if !found {
				return true, x.cfgErrorf("undefined: %s", x.ident)
			}
			if sym.kind != varSym {
				return true, x.cfgErrorf("cannot assign to %s", x.ident)
			}
			if !args[i].assignableTo(sym.typ) {
				return true, x.cfgErrorf("cannot assign %s to %s in range", args[i].id(), x.ident)
			}
			x.sym, x.typ, x.findex, x.level = sym, sym.typ, sym.index, level
			if sym.global && sc.level > 0 {
				sym.captured = true // gonotes patch: see redefinedGlobals
			}
			rf.vars = append(rf.vars, x)
			continue
		}
		index := sc.add(args[i])
		sc.sym[x.ident] = &symbol{index: index, kind: varSym, typ: args[i]}
		x.typ = args[i]
		x.findex = index
		rf.vars = append(rf.vars, x)
	}
	rf.stateIndex = sc.add(valueTOf(rangeFuncStatePtr))
	for a := n.anc; a != nil && a.kind != funcLit && a.kind != funcDecl; a = a.anc {
		if a.kind == rangeStmt && a.rf != nil {
			rf.outer = a.rf
			break
		}
	}
	n.rf = rf
	n.gen = rangeFuncGen
	return true, nil
}

// rangeFuncWire wires the CFG of range-over-func statement n (post-order):
// the operand, then the statement, whose generator runs the body.
func rangeFuncWire(n *node) {
	rf := n.rf
	n.start = rf.oper.start
	rf.oper.tnext = n
	n.tnext = nil
	rf.body.tnext = nil // the end of the body is the end of an iteration
}

// within reports whether node t is n or inside n.
func within(t, n *node) bool { return t == n || t.hasAnc(n) }

// isContinue reports whether branch e continues the loop rf.
func (rf *rangeFunc) isContinue(e rangeExit) bool {
	return e.cont && (e.target == rf.n || within(e.target, rf.oper))
}

// marker returns the exec of branch e from the body of rf.
func (rf *rangeFunc) marker(e rangeExit) bltn {
	if rf.isContinue(e) {
		return rf.continueMarker
	}
	if m, ok := rf.markers[e]; ok {
		return m
	}
	rf.exits = append(rf.exits, e)
	k, index := len(rf.exits), rf.stateIndex
	m := func(f *frame) bltn {
		loopState(f, index).exit = k
		return nil
	}
	rf.markers[e] = m
	return m
}

// mark sets the exec of the nodes of the body that end an iteration:
// branches out of the body and return statements. Nested function literals
// and nested range-over-func loops (which do their own) are skipped.
func (rf *rangeFunc) mark(n *node) {
	switch n.kind {
	case funcLit, funcDecl:
		return
	case rangeStmt:
		if n.rf != nil && n != rf.n {
			return
		}
	case breakStmt, continueStmt, gotoStmt:
		if t := n.tnext; t != nil && !within(t, rf.body) {
			n.exec = rf.marker(rangeExit{target: t, cont: n.kind == continueStmt})
		}
		return
	case returnStmt:
		n.gen(n)
		ret, marker := n.exec, rf.returnMarker
		n.exec = func(f *frame) bltn {
			if ret != nil {
				ret(f)
			}
			return marker(f)
		}
		// Children (the returned values) are computed before the statement.
	}
	for _, c := range n.child {
		rf.mark(c)
	}
}

// captures reports whether the body may keep a reference to an iteration
// variable beyond its iteration (a func literal, &v, a method value, the
// arguments of a go or defer statement).
func (rf *rangeFunc) captures() bool {
	found := false
	rf.body.Walk(func(n *node) bool {
		if found {
			return false
		}
		switch {
		case n.kind == funcLit, n.action == aAddr, n.kind == goStmt, n.kind == deferStmt:
			found = true
		case n.kind == selectorExpr && n.child[0].kind == identExpr:
			for _, v := range rf.vars {
				if v != nil && v.ident == n.child[0].ident {
					found = true
				}
			}
		}
		return !found
	}, nil)
	return found
}

func rangeFuncGen(n *node) {
	rf := n.rf
	fnext := getExec(n.fnext)
	iter := genFuncValue(rf.oper)
	rf.yieldType = rf.oper.typ.TypeOf().In(0)
	rf.markers = map[rangeExit]bltn{}
	rf.fresh = !rf.assign && rf.captures()
	index := rf.stateIndex
	rf.continueMarker = func(f *frame) bltn { return nil }
	rf.returnMarker = func(f *frame) bltn {
		loopState(f, index).exit = rfExitReturn
		return nil
	}

	var bodyStart bltn
	var resume []bltn // exec after the loop for each exit
	var outerReturn bltn
	if rf.outer != nil {
		outerReturn = rf.outer.returnMarker
	}

	n.exec = func(f *frame) bltn {
		fn := iter(f)
		st := &rangeFuncState{}
		f.data[index] = reflect.ValueOf(st)
		y := rf.makeYield(f, st, bodyStart)
		if fn.IsNil() {
			var nilIter func()
			nilIter() // the runtime's nil func call error
		}
		fn.Call([]reflect.Value{y})
		if st.state == rfRunning {
			panic(rangeFuncErrors[rfMissingPanic])
		}
		st.state = rfExhausted
		switch e := st.exit; {
		case e == rfExitNone:
			return fnext
		case e == rfExitReturn:
			// The body returned: results are in place; end the function
			// (or the enclosing range-over-func body).
			if outerReturn != nil {
				return outerReturn
			}
			return nil
		case e == rfExitStop:
			return nil
		default:
			return resume[e-1]
		}
	}

	rf.mark(rf.body)
	bodyStart = getExec(rf.body.start)
	for _, e := range rf.exits {
		t := e.target
		if rf.outer != nil && !within(t, rf.outer.body) {
			resume = append(resume, rf.outer.marker(e))
			continue
		}
		getExec(t)
		resume = append(resume, func(f *frame) bltn { return t.exec(f) })
	}
}

// rfMissingPanic indexes rangeFuncErrors, after the states.
const rfMissingPanic = rfExhausted + 1

// iteration runs one iteration of the body (the variables are set) and
// returns the result of yield.
func (rf *rangeFunc) iteration(f *frame, st *rangeFuncState, start bltn) bool {
	exec := start
	for exec != nil && !f.stopped() {
		exec = exec(f)
	}
	if exec != nil || f.stopped() {
		st.exit = rfExitStop
		st.state = rfDone
		return false
	}
	if st.exit != rfExitNone {
		st.state = rfDone
		return false
	}
	st.state = rfReady
	return true
}

func enterYield(st *rangeFuncState) {
	if st.state != rfReady {
		panic(rangeFuncErrors[st.state])
	}
	st.state = rfRunning
}

// makeYield returns the yield function of one execution of the loop.
func (rf *rangeFunc) makeYield(f *frame, st *rangeFuncState, start bltn) reflect.Value {
	type slot struct {
		index, level int
		typ          reflect.Type // frame type, for new storage
		argType      *itype
	}
	slots := make([]slot, 0, 2)
	direct := !rf.assign
	for i, v := range rf.vars {
		if v == nil {
			slots = append(slots, slot{index: -1})
			continue
		}
		slots = append(slots, slot{index: v.findex, level: v.level, typ: v.typ.frameType(), argType: rf.args[i]})
		if isInterfaceSrc(rf.args[i]) {
			direct = false
		}
	}
	for len(slots) < len(rf.args) {
		slots = append(slots, slot{index: -1})
	}
	fresh := rf.fresh
	set := func(i int, arg reflect.Value) {
		s := slots[i]
		if s.index < 0 {
			return
		}
		d := getFrame(f, s.level).data
		if fresh {
			d[s.index] = reflect.New(s.typ).Elem()
		}
		switch typ := s.argType; {
		case isEmptyInterface(typ) || typ.TypeOf() == valueInterfaceType:
			d[s.index].Set(arg)
		case isInterfaceSrc(typ):
			d[s.index].Set(reflect.ValueOf(valueInterface{value: arg.Elem()}))
		default:
			d[s.index].Set(arg)
		}
	}
	// Typed yield functions for common element types: no reflect.MakeFunc,
	// no reflect.Value per call.
	if direct {
		slot := func(i int) *reflect.Value {
			s := slots[i]
			if s.index < 0 {
				return nil
			}
			d := f.data
			if fresh {
				d[s.index] = reflect.New(s.typ).Elem()
			}
			return &d[s.index]
		}
		setInt := func(i, a int) {
			if v := slot(i); v != nil {
				v.SetInt(int64(a))
			}
		}
		setString := func(i int, a string) {
			if v := slot(i); v != nil {
				v.SetString(a)
			}
		}
		var y any
		switch rf.yieldType {
		case yieldVoidType:
			y = func() bool {
				enterYield(st)
				return rf.iteration(f, st, start)
			}
		case yieldIntType:
			y = func(a int) bool {
				enterYield(st)
				setInt(0, a)
				return rf.iteration(f, st, start)
			}
		case yieldStringType:
			y = func(a string) bool {
				enterYield(st)
				setString(0, a)
				return rf.iteration(f, st, start)
			}
		case yieldIntIntType:
			y = func(a, b int) bool {
				enterYield(st)
				setInt(0, a)
				setInt(1, b)
				return rf.iteration(f, st, start)
			}
		case yieldIntStringType:
			y = func(a int, b string) bool {
				enterYield(st)
				setInt(0, a)
				setString(1, b)
				return rf.iteration(f, st, start)
			}
		case yieldStringIntType:
			y = func(a string, b int) bool {
				enterYield(st)
				setString(0, a)
				setInt(1, b)
				return rf.iteration(f, st, start)
			}
		case yieldStringStringType:
			y = func(a, b string) bool {
				enterYield(st)
				setString(0, a)
				setString(1, b)
				return rf.iteration(f, st, start)
			}
		}
		if y != nil {
			return reflect.ValueOf(y)
		}
	}
	return reflect.MakeFunc(rf.yieldType, func(in []reflect.Value) []reflect.Value {
		enterYield(st)
		for i, arg := range in {
			if i < len(slots) {
				set(i, arg)
			}
		}
		if rf.iteration(f, st, start) {
			return []reflect.Value{reflect.ValueOf(true)}
		}
		return []reflect.Value{reflect.ValueOf(false)}
	})
}

var (
	yieldVoidType         = reflect.TypeOf((func() bool)(nil))
	yieldIntType          = reflect.TypeOf((func(int) bool)(nil))
	yieldStringType       = reflect.TypeOf((func(string) bool)(nil))
	yieldIntIntType       = reflect.TypeOf((func(int, int) bool)(nil))
	yieldIntStringType    = reflect.TypeOf((func(int, string) bool)(nil))
	yieldStringIntType    = reflect.TypeOf((func(string, int) bool)(nil))
	yieldStringStringType = reflect.TypeOf((func(string, string) bool)(nil))
)

// fastBoolCall returns a direct caller for a compiled func value of type
// t, one of the yield types above, or nil. The interpreter's call of such
// a value (an iterator calling yield) then skips reflect.Value.Call and
// its allocations. The caller reports false if the value is not of the
// exact Go type (it then falls back to reflect).
func fastBoolCall(it *itype, in []func(*frame) reflect.Value) func(f *frame, fn reflect.Value) (r, ok bool) {
	if it == nil || it.cat != funcT && it.cat != valueT || it.numOut() != 1 || it.numIn() > 2 || len(in) != it.numIn() {
		return nil
	}
	switch it.TypeOf() {
	case yieldVoidType:
		return func(f *frame, fn reflect.Value) (bool, bool) {
			g, ok := fn.Interface().(func() bool)
			return ok && g(), ok
		}
	case yieldIntType:
		a := in[0]
		return func(f *frame, fn reflect.Value) (bool, bool) {
			g, ok := fn.Interface().(func(int) bool)
			return ok && g(int(a(f).Int())), ok
		}
	case yieldStringType:
		a := in[0]
		return func(f *frame, fn reflect.Value) (bool, bool) {
			g, ok := fn.Interface().(func(string) bool)
			return ok && g(a(f).String()), ok
		}
	case yieldIntIntType:
		a, b := in[0], in[1]
		return func(f *frame, fn reflect.Value) (bool, bool) {
			g, ok := fn.Interface().(func(int, int) bool)
			return ok && g(int(a(f).Int()), int(b(f).Int())), ok
		}
	case yieldIntStringType:
		a, b := in[0], in[1]
		return func(f *frame, fn reflect.Value) (bool, bool) {
			g, ok := fn.Interface().(func(int, string) bool)
			return ok && g(int(a(f).Int()), b(f).String()), ok
		}
	case yieldStringIntType:
		a, b := in[0], in[1]
		return func(f *frame, fn reflect.Value) (bool, bool) {
			g, ok := fn.Interface().(func(string, int) bool)
			return ok && g(a(f).String(), int(b(f).Int())), ok
		}
	case yieldStringStringType:
		a, b := in[0], in[1]
		return func(f *frame, fn reflect.Value) (bool, bool) {
			g, ok := fn.Interface().(func(string, string) bool)
			return ok && g(a(f).String(), b(f).String()), ok
		}
	}
	return nil
}

// rangeFuncWhy returns why go/types refuses to range over a value of the
// func type t ("func must be func(yield func(...) bool): ..."), or "" if
// t is no func type of the source or no reason is known. gonotes patch
// (s19-errwords19).
func rangeFuncWhy(t *itype) string {
	if t == nil {
		return ""
	}
	t = t.underlying()
	if t.cat != funcT {
		return ""
	}
	const must = "func must be func(yield func(...) bool): "
	switch {
	case len(t.arg) != 1:
		return must + "wrong argument count"
	case len(t.ret) != 0:
		return must + "unexpected results"
	}
	y := t.arg[0].underlying()
	if y.cat != funcT {
		if y.cat == valueT && y.rtype != nil && y.rtype.Kind() == reflect.Func {
			return ""
		}
		return must + "argument is not func"
	}
	switch {
	case len(y.arg) > 2:
		return must + "yield func has too many parameters"
	case len(y.ret) != 1 || !isBool(y.ret[0]):
		if len(y.ret) == 1 && y.ret[0].TypeOf() != nil && y.ret[0].TypeOf().Kind() == reflect.Bool {
			return must + "yield func returns user-defined boolean, not bool"
		}
		return must + "yield func does not return bool"
	}
	return ""
}
