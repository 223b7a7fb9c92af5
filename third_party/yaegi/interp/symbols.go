package interp

// gonotes patch: undo the global symbols of a failed compilation (see
// PATCHES.md, "A failed compilation defines nothing" and "A failed
// compilation changes nothing").

// SymbolMark holds the global symbols of the main package at one point:
// the symbols, what they held then (a constant declared again updates its
// symbol in place), and the method lists of the types (a method declared
// again replaces the earlier one in place).
type SymbolMark struct {
	sym     map[string]*symbol
	val     []symbolSave
	methods []methodsSave
}

// symbolSave is a symbol and what it held.
type symbolSave struct {
	s *symbol
	v symbol
}

// methodsSave is a type and its method list.
type methodsSave struct {
	t  *itype
	ms []*node
}

// MarkSymbols returns the global symbols of the main package, for
// RestoreSymbols.
func (interp *Interpreter) MarkSymbols() SymbolMark {
	interp.mutex.RLock()
	defer interp.mutex.RUnlock()
	sc := interp.scopes[mainID]
	if sc == nil {
		return SymbolMark{sym: map[string]*symbol{}}
	}
	m := SymbolMark{sym: make(map[string]*symbol, len(sc.sym)), val: make([]symbolSave, 0, len(sc.sym))}
	for k, v := range sc.sym {
		m.sym[k] = v
		if v.kind == pkgSym {
			continue
		}
		m.val = append(m.val, symbolSave{v, *v})
		if v.kind == typeSym && v.typ != nil {
			m.markMethods(v.typ)
		}
	}
	return m
}

// markMethods keeps the method lists of t, of its pointer type and of its
// instances, if generic.
func (m *SymbolMark) markMethods(t *itype) {
	for _, x := range []*itype{t, t.ptr} {
		if x != nil && len(x.method) > 0 {
			// A copy: a method declared again replaces its node in place.
			m.methods = append(m.methods, methodsSave{x, append([]*node(nil), x.method...)})
		}
	}
	for _, it := range t.instance {
		if it != nil && it != t {
			m.markMethods(it)
		}
	}
}

// RestoreSymbols makes the global symbols of the main package those of
// mark again, except imported packages: a compilation that fails leaves
// the variables, funcs and types it defined before the failure, half
// compiled, and they would replace those of earlier inputs; it may also
// have changed a symbol kept (a constant declared again) or a type's
// methods (a method declared again), which get back what they held.
func (interp *Interpreter) RestoreSymbols(mark SymbolMark) {
	interp.mutex.Lock()
	defer interp.mutex.Unlock()
	sc := interp.scopes[mainID]
	if sc == nil || mark.sym == nil {
		return
	}
	for k, v := range sc.sym {
		if v.kind == pkgSym {
			continue
		}
		if old, ok := mark.sym[k]; !ok {
			delete(sc.sym, k)
		} else if old != v {
			sc.sym[k] = old
		}
	}
	for k, old := range mark.sym {
		if _, ok := sc.sym[k]; !ok {
			sc.sym[k] = old
		}
	}
	for _, sv := range mark.val {
		v := sv.v
		if sv.s.captured && !v.captured {
			// Kept: a flag the failed compilation's funcs set, harmless.
			v.captured = true
		}
		*sv.s = v
	}
	for _, ms := range mark.methods {
		if !sameNodes(ms.t.method, ms.ms) {
			ms.t.method = append(ms.t.method[:0:0], ms.ms...)
		}
	}
}

// sameNodes reports whether a and b hold the same nodes in the same order.
func sameNodes(a, b []*node) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
