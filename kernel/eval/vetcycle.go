package eval

import (
	"go/ast"
	"go/token"
)

// recursiveTypeErrors reports, as gc does, a type declared in the unit
// that contains itself (not through a pointer, slice, map, channel, func
// or interface): `type T struct{ next T }`, `type A [2]A`, or a cycle of
// several types (A has a field of type B, which has an array of A). Such
// a type has no finite size; the interpreter made its layout until the
// stack overflowed, which ended the kernel's process. Each group of type
// declarations that may refer to each other (the unit's top level, a
// block's statements) is checked alone; generic types are left to the
// interpreter.
func recursiveTypeErrors(n ast.Node) []vetError {
	var errs []vetError
	check := func(specs []*ast.TypeSpec, local bool) {
		if len(specs) > 0 {
			errs = append(errs, typeCycles(specs, local)...)
		}
	}
	switch n := n.(type) {
	case *ast.File:
		check(typeSpecsOfDecls(n.Decls), false)
	case *ast.BlockStmt:
		// A cell's top level: its declarations are the package's.
		check(typeSpecsOfStmts(n.List), false)
	}
	ast.Inspect(n, func(m ast.Node) bool {
		if b, ok := m.(*ast.BlockStmt); ok && b != n {
			check(typeSpecsOfStmts(b.List), true)
		}
		if c, ok := m.(*ast.CaseClause); ok {
			check(typeSpecsOfStmts(c.Body), true)
		}
		if c, ok := m.(*ast.CommClause); ok {
			check(typeSpecsOfStmts(c.Body), true)
		}
		return true
	})
	return errs
}

// typeSpecsOfDecls returns the type declarations among decls.
func typeSpecsOfDecls(decls []ast.Decl) []*ast.TypeSpec {
	var specs []*ast.TypeSpec
	for _, d := range decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			for _, sp := range g.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok {
					specs = append(specs, ts)
				}
			}
		}
	}
	return specs
}

// typeSpecsOfStmts returns the type declarations of a statement list.
func typeSpecsOfStmts(list []ast.Stmt) []*ast.TypeSpec {
	var decls []ast.Decl
	for _, s := range list {
		if d, ok := s.(*ast.DeclStmt); ok {
			decls = append(decls, d.Decl)
		}
	}
	return typeSpecsOfDecls(decls)
}

// typeCycles finds the cycles of by-value references among specs and
// reports each once, named as go/types names it: the first declared of
// its defined (non-alias) types, "invalid recursive type: T refers to
// itself" when it is alone, "invalid recursive type T" otherwise. In a
// function (local), a type's scope starts at its name: a spec refers to
// itself and the types declared before it (type Prev = T; type T
// struct{ p Prev } names an outer T).
func typeCycles(specs []*ast.TypeSpec, local bool) []vetError {
	byName := map[string]*ast.TypeSpec{}
	order := map[*ast.TypeSpec]int{}
	for i, ts := range specs {
		if ts.TypeParams != nil && len(ts.TypeParams.List) > 0 || ts.Name.Name == "_" {
			continue
		}
		if _, dup := byName[ts.Name.Name]; dup {
			return nil // a name declared twice: not this check's error
		}
		byName[ts.Name.Name] = ts
		order[ts] = i
	}
	edges := map[*ast.TypeSpec][]*ast.TypeSpec{}
	for _, ts := range byName {
		byValueRefs(ts.Type, func(name string) {
			if to, ok := byName[name]; ok && (!local || order[to] <= order[ts]) {
				edges[ts] = append(edges[ts], to)
			}
		})
	}
	if errs := aliasCycles(specs, byName, order, local); len(errs) > 0 {
		return errs
	}
	var errs []vetError
	reported := map[*ast.TypeSpec]bool{}
	const (
		unseen = iota
		onPath
		done
	)
	state := map[*ast.TypeSpec]int{}
	var path []*ast.TypeSpec
	var visit func(ts *ast.TypeSpec)
	visit = func(ts *ast.TypeSpec) {
		state[ts] = onPath
		path = append(path, ts)
		for _, to := range edges[ts] {
			switch state[to] {
			case unseen:
				visit(to)
			case onPath:
				var cycle []*ast.TypeSpec
				for i := len(path) - 1; i >= 0; i-- {
					if !path[i].Assign.IsValid() {
						cycle = append(cycle, path[i])
					}
					if path[i] == to {
						break
					}
				}
				if len(cycle) == 0 {
					break // aliases only: the interpreter's error
				}
				first := cycle[0]
				for _, c := range cycle {
					if order[c] < order[first] {
						first = c
					}
				}
				if reported[first] {
					break
				}
				reported[first] = true
				msg := "invalid recursive type " + first.Name.Name
				if len(cycle) == 1 {
					msg = "invalid recursive type: " + first.Name.Name + " refers to itself"
				}
				errs = append(errs, vetError{pos: first.Name.Pos(), msg: msg})
			}
		}
		path = path[:len(path)-1]
		state[ts] = done
	}
	for _, ts := range specs {
		if byName[ts.Name.Name] == ts && state[ts] == unseen {
			visit(ts)
		}
	}
	return errs
}

// byValueRefs calls ref with the names of the types that a value of type
// expression x holds by value: the type itself, the fields of a struct,
// the elements of an array. Pointers, slices, maps, channels, funcs and
// interfaces hold theirs elsewhere.
func byValueRefs(x ast.Expr, ref func(name string)) {
	switch x := x.(type) {
	case *ast.Ident:
		ref(x.Name)
	case *ast.ParenExpr:
		byValueRefs(x.X, ref)
	case *ast.ArrayType:
		if x.Len != nil {
			if _, ok := x.Len.(*ast.Ellipsis); !ok {
				byValueRefs(x.Elt, ref)
			}
		}
	case *ast.StructType:
		for _, f := range x.Fields.List {
			byValueRefs(f.Type, ref)
		}
	}
}

// aliasCycles reports, as gc does, an alias that refers to itself through
// aliases only, by any reference (type T = []T, type A = *B; type B =
// map[string]A): an alias stands for its type, which would be infinite.
// The interpreter expanded it until the stack overflowed, which ended the
// kernel's process.
func aliasCycles(specs []*ast.TypeSpec, byName map[string]*ast.TypeSpec, order map[*ast.TypeSpec]int, local bool) []vetError {
	edges := map[*ast.TypeSpec][]*ast.TypeSpec{}
	for _, ts := range byName {
		if !ts.Assign.IsValid() {
			continue
		}
		typeRefs(ts.Type, func(name string) {
			if to, ok := byName[name]; ok && to.Assign.IsValid() && (!local || order[to] <= order[ts]) {
				edges[ts] = append(edges[ts], to)
			}
		})
	}
	var errs []vetError
	state := map[*ast.TypeSpec]int{} // 1: on the path, 2: done
	var path []*ast.TypeSpec
	var visit func(ts *ast.TypeSpec)
	visit = func(ts *ast.TypeSpec) {
		state[ts] = 1
		path = append(path, ts)
		for _, to := range edges[ts] {
			switch state[to] {
			case 0:
				visit(to)
			case 1:
				if len(errs) > 0 {
					break
				}
				first, n := to, 0
				for i := len(path) - 1; i >= 0; i-- {
					n++
					if order[path[i]] < order[first] {
						first = path[i]
					}
					if path[i] == to {
						break
					}
				}
				msg := "invalid recursive type " + first.Name.Name
				if n == 1 {
					msg = "invalid recursive type: " + first.Name.Name + " refers to itself"
				}
				errs = append(errs, vetError{pos: first.Name.Pos(), msg: msg})
			}
		}
		path = path[:len(path)-1]
		state[ts] = 2
	}
	for _, ts := range specs {
		if byName[ts.Name.Name] == ts && ts.Assign.IsValid() && state[ts] == 0 {
			visit(ts)
		}
	}
	return errs
}

// typeRefs calls ref with the names of the types that type expression x
// refers to, in any way.
func typeRefs(x ast.Expr, ref func(name string)) {
	fields := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, f := range fl.List {
			typeRefs(f.Type, ref)
		}
	}
	switch x := x.(type) {
	case *ast.Ident:
		ref(x.Name)
	case *ast.ParenExpr:
		typeRefs(x.X, ref)
	case *ast.StarExpr:
		typeRefs(x.X, ref)
	case *ast.ArrayType:
		typeRefs(x.Elt, ref)
	case *ast.MapType:
		typeRefs(x.Key, ref)
		typeRefs(x.Value, ref)
	case *ast.ChanType:
		typeRefs(x.Value, ref)
	case *ast.FuncType:
		fields(x.Params)
		fields(x.Results)
	case *ast.StructType:
		fields(x.Fields)
	case *ast.InterfaceType:
		fields(x.Methods)
	case *ast.IndexExpr:
		typeRefs(x.X, ref)
		typeRefs(x.Index, ref)
	case *ast.IndexListExpr:
		typeRefs(x.X, ref)
		for _, i := range x.Indices {
			typeRefs(i, ref)
		}
	}
}
