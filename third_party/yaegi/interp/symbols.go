package interp

// gonotes patch: undo the global symbols of a failed compilation (see
// PATCHES.md, "A failed compilation defines nothing" and "A failed
// compilation changes nothing").

import (
	"maps"
	"reflect"
)

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

// MarkSymbolNames returns a mark of the global symbols of the main package
// without their contents (gonotes patch), enough for RestoreSymbols after
// an input that declares nothing at the package level (statements only):
// it may add symbols (`x := 1`) but changes none in place, as a constant,
// type or method declared again does. It costs one copy of the map, where
// MarkSymbols also copies every symbol and the method lists of the types.
func (interp *Interpreter) MarkSymbolNames() SymbolMark {
	interp.mutex.RLock()
	defer interp.mutex.RUnlock()
	if sc := interp.scopes[mainID]; sc != nil && sc.sym != nil {
		return SymbolMark{sym: maps.Clone(sc.sym)}
	}
	return SymbolMark{sym: map[string]*symbol{}}
}

// MarkedGlobal returns the value of the global variable or constant name
// of the main package as mark holds it, as Globals would have returned it
// when mark was taken (gonotes patch), without the copy of every global
// Globals makes. It reads a variable's current value in the frame. ok is
// false for a name that is not a variable or constant of mark, and for a
// variable whose frame slot does not exist yet.
func (interp *Interpreter) MarkedGlobal(mark SymbolMark, name string) (v reflect.Value, ok bool) {
	s := mark.sym[name]
	if s == nil {
		return reflect.Value{}, false
	}
	switch s.kind {
	case constSym:
		return s.rval, true
	case varSym:
		interp.mutex.RLock()
		defer interp.mutex.RUnlock()
		f := interp.frame
		if f == nil {
			return reflect.Value{}, false
		}
		f.mutex.RLock()
		defer f.mutex.RUnlock()
		if s.index < 0 || s.index >= len(f.data) {
			return reflect.Value{}, false
		}
		return f.data[s.index], true
	}
	return reflect.Value{}, false
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
