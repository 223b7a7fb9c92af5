package interp

// gonotes patch: undo the global symbols of a failed compilation (see
// PATCHES.md, "A failed compilation defines nothing").

// SymbolMark holds the global symbols of the main package at one point.
type SymbolMark struct{ sym map[string]*symbol }

// MarkSymbols returns the global symbols of the main package, for
// RestoreSymbols.
func (interp *Interpreter) MarkSymbols() SymbolMark {
	interp.mutex.RLock()
	defer interp.mutex.RUnlock()
	m := SymbolMark{sym: map[string]*symbol{}}
	if sc := interp.scopes[mainID]; sc != nil {
		for k, v := range sc.sym {
			m.sym[k] = v
		}
	}
	return m
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
