package interp

import "reflect"

// gonotes patch (s9-live2): the variables of a function are dropped from
// its frame after their last use.
//
// Compiled Go lets the garbage collector reclaim what a local variable
// refers to once the variable is dead (runtime.ExampleAddCleanup attaches a
// cleanup to &tempFile, calls tempFile.Close(), runs the collector and
// waits for the cleanup). The interpreter keeps every slot of a running
// function's frame until the function returns, so such an object stays
// reachable and the cleanup (or finalizer) never runs while the function
// runs.
//
// liveClears finds, in the body of a function declaration, the variables
// that can be dropped soundly, and marks the first node of the statement
// that follows their last use (node.clears); setExec makes that node's exec
// put a new zero value in their slots before it runs, as a define does, so
// the frame no longer refers to the variables' storage. A variable is
// dropped only when all of these hold:
//   - the function names runtime.GC, runtime.AddCleanup,
//     runtime.SetFinalizer or weak.Make (liveClearCall), where a program
//     sees when its objects are collected;
//   - it is defined (:=) by a statement of the function body's top block,
//     so the statements after its last use run once, after it;
//   - the function has no label, goto, defer or go statement;
//   - no func literal of the function names it (a closure refers to the
//     frame and reads the slot when it runs);
//   - its slot holds pointers (a pointer, map, slice, chan, func, interface
//     or unsafe.Pointer): dropping a number or a string reclaims nothing.
//
// Uses are found by name anywhere in the body, a conservative bound (a
// shadowing variable or a field of that name counts as a use). An address
// taken before the last use (&tempFile) keeps referring to the variable's
// storage, which stays alive as long as that pointer does; the slot itself
// is only read through the variable's name.
//
// The temporaries of the statements that have run (the slots of their
// expressions' values: &tempFile, &T{}, a call's arguments) are dropped at
// the same points: a statement's temporaries are read only while it runs.
// Slots of variables, parameters and results are never temporaries. The
// frames kept for the calls the frame made (fastcall.go) are dropped too:
// they hold their last call's arguments, and are a cache made again when
// needed. A function with drops never reuses its frames (computeReuse): a
// reused frame's slots are expected in place.
func liveClears(def *node) {
	if def.kind != funcDecl || len(def.child) < 4 || def.child[3] == nil || def.child[3].kind != blockStmt || def.typ == nil {
		return
	}
	body := def.child[3]
	// Some bodies' trees share subtrees (computeReuse): each node is
	// visited once by a walk.
	seen := map[*node]bool{}
	bad := false
	gc := false
	varSlots := map[int]bool{}
	def.Walk(func(n *node) bool {
		if seen[n] || bad {
			return false
		}
		seen[n] = true
		switch n.kind {
		case labeledStmt, gotoStmt, deferStmt, goStmt:
			bad = true
		case selectorExpr:
			gc = gc || liveClearCall(n)
		case identExpr:
			if n.level == 0 {
				varSlots[n.findex] = true
			}
		}
		return true
	}, nil)
	if bad || !gc {
		return
	}
	numRet := len(def.typ.ret)
	type cand struct {
		index int
		last  int // the statement of its last use
	}
	cands := map[string]*cand{}
	var order []string
	for i, s := range body.child {
		if s.kind != defineStmt && s.kind != defineXStmt {
			continue
		}
		for _, c := range s.child[:s.nleft] {
			if c.kind != identExpr || c.ident == "_" || c.level != 0 || c.findex < numRet || c.findex >= len(def.types) {
				continue
			}
			if _, ok := cands[c.ident]; ok {
				continue // defined again: the name's uses cover both
			}
			if !liveClearKind(def.types[c.findex]) {
				continue
			}
			cands[c.ident] = &cand{index: c.findex, last: i}
			order = append(order, c.ident)
		}
	}
	if len(cands) == 0 {
		return
	}
	captured := map[string]bool{}
	temps := make([][]int, len(body.child)) // the temporaries of each statement
	seen = map[*node]bool{}
	for i, s := range body.child {
		s.Walk(func(n *node) bool {
			if seen[n] {
				return false
			}
			seen[n] = true
			switch n.kind {
			case funcLit, funcDecl: // a closure, or a generic function's instance: another frame
				inner := map[*node]bool{}
				n.Walk(func(m *node) bool {
					if inner[m] {
						return false
					}
					inner[m] = true
					if m.ident != "" {
						captured[m.ident] = true
					}
					return true
				}, nil)
				return false
			}
			if c := cands[n.ident]; c != nil && n.ident != "" && i > c.last {
				c.last = i
			}
			if n.typ != nil && n.level == 0 && n.findex >= numRet && n.findex < len(def.types) && !varSlots[n.findex] && liveClearKind(def.types[n.findex]) {
				temps[i] = append(temps[i], n.findex)
			}
			return true
		}, nil)
	}
	at := map[int][]int{} // the statement before which slots are dropped
	for _, name := range order {
		c := cands[name]
		if captured[name] || c.last+1 >= len(body.child) {
			continue
		}
		at[c.last+1] = append(at[c.last+1], c.index)
	}
	done := 0 // the statements whose temporaries were dropped
	for k := 1; k < len(body.child); k++ {
		slots, ok := at[k]
		if !ok {
			continue
		}
		next := body.child[k].start
		if next == nil {
			continue
		}
		has := map[int]bool{}
		for _, i := range slots {
			has[i] = true
		}
		for ; done < k; done++ {
			for _, t := range temps[done] {
				if !has[t] {
					has[t] = true
					slots = append(slots, t)
				}
			}
		}
		next.clears = append(next.clears, slots...)
		def.hasClears = true
	}
}

// liveClearCall reports whether the selector n names a function through
// which a program sees when its objects are collected: runtime.GC,
// runtime.AddCleanup, runtime.SetFinalizer or weak.Make. Only functions
// that name one drop their dead variables: a drop costs an exec and the
// reuse of the function's frames (fastcall.go) on every call.
func liveClearCall(n *node) bool {
	if len(n.child) != 2 {
		return false
	}
	switch n.child[1].ident {
	case "GC", "AddCleanup", "SetFinalizer":
		return n.child[0].ident == "runtime"
	case "Make":
		return n.child[0].ident == "weak"
	}
	return false
}

// liveClearKind reports whether a slot of type t holds pointers worth
// dropping (and is never in the block of scalar slots, fastSlots).
func liveClearKind(t reflect.Type) bool {
	if t == nil {
		return false
	}
	switch t.Kind() {
	case reflect.Ptr, reflect.Map, reflect.Slice, reflect.Chan, reflect.Func, reflect.Interface, reflect.UnsafePointer:
		return true
	}
	return false
}

// withClears returns exec preceded by the drop of the slots of clears.
func withClears(clears []int, exec bltn) bltn {
	return func(f *frame) bltn {
		for _, i := range clears {
			if i < len(f.data) && f.data[i].IsValid() {
				f.data[i] = reflect.New(f.data[i].Type()).Elem()
			}
		}
		f.kids = nil
		return exec(f)
	}
}
