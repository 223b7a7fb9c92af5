package interp

// gonotes patch: undo the global symbols of a failed compilation (see
// PATCHES.md, "A failed compilation defines nothing").

import (
	"maps"
	"reflect"
)

// SymbolMark holds the global symbols of the main package at one point.
type SymbolMark struct{ sym map[string]*symbol }

// MarkSymbols returns the global symbols of the main package, for
// RestoreSymbols.
func (interp *Interpreter) MarkSymbols() SymbolMark {
	interp.mutex.RLock()
	defer interp.mutex.RUnlock()
	m := SymbolMark{}
	if sc := interp.scopes[mainID]; sc != nil {
		// One copy of the map's storage, not one insertion per symbol.
		m.sym = maps.Clone(sc.sym)
	}
	if m.sym == nil {
		m.sym = map[string]*symbol{}
	}
	return m
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
// compiled, and they would replace those of earlier inputs.
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
}
