package eval

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"sort"
	"strings"
)

// # Declarations below the statements that use them
//
// Go's package scope has no order: a program may call add in main and
// declare func add below it, and students paste cells written so. A cell's
// pieces are compiled in order, so hoist moves the cell's declarations
// that the statements above them may need before the cell's first
// statement:
//
//   - Funcs, methods, types and constants are hoisted: they have no
//     effects, and, as in a Go file, the cell's declaration is what the
//     name means in the whole cell (a func the cell declares again is the
//     new one for the statements above it too).
//   - A var declaration is hoisted only when a statement above it, or a
//     hoisted declaration, uses one of its names and that name is not a
//     variable of the notebook yet: its initialiser then runs before the
//     cell's statements (as Go initialises package variables before main
//     runs). Otherwise it runs where it is written, after the statements
//     above it (`var elapsed = time.Since(start)` below a time.Sleep), and
//     the statements above a var declared again read the earlier value, as
//     they do for `x := ...` (splitAtRedefines).
//   - A declaration that uses a variable that a statement of the cell
//     defines (`x := 5` then `func show() { fmt.Println(x) }`), or that
//     uses a declaration of the cell that stays in place, stays in place
//     too: it sees the variable the statement defined, as a Go function
//     declared in main after `x := 5` would (a statement above it cannot
//     use it: the name is not declared there).
//
// Every piece keeps its position (//line directives), so compile errors
// and tracebacks name the lines as written.

// hoistInfo is what hoist knows of one declaration piece.
type hoistInfo struct {
	kind  string // "func", "method", "type", "const" or "var"
	names []string
	free  map[string]bool // names it uses without declaring them
	// method is a method's name; sels, the names a declaration selects
	// (x.Write): a declaration calling a method that stays in place
	// stays too (it would be compiled before the method).
	method string
	sels   map[string]bool
}

// hoist returns the cell's pieces with the declarations that may be used
// above them moved before the first statement, in their order (see above),
// and whether the cell's last piece moved (then no piece is the cell's
// final expression). known reports whether a name is a variable or
// constant of the notebook before the cell.
func hoist(pieces []piece, known func(string) bool) ([]piece, bool) {
	first := -1
	for i, p := range pieces {
		if p.kind == stmtPiece && strings.TrimSpace(p.text) != "" {
			first = i
			break
		}
	}
	if first < 0 {
		return pieces, false
	}
	later := false
	for _, p := range pieces[first:] {
		later = later || p.kind == declPiece && !p.isImport
	}
	if !later {
		return pieces, false // most cells: no declaration below a statement
	}
	// The variables the cell's statements define, and the names the
	// statements use before each piece.
	stmtVars := map[string]bool{}
	used := map[string]bool{}
	usedBefore := make([]map[string]bool, len(pieces))
	info := make([]*hoistInfo, len(pieces))
	declared := map[string]int{}  // name -> piece that declares it (below the first statement)
	methods := map[string][]int{} // method name -> pieces that declare a method of that name
	for i := first; i < len(pieces); i++ {
		p := &pieces[i]
		switch {
		case p.kind == stmtPiece:
			for _, n := range p.defines() {
				stmtVars[n] = true
			}
			for n := range stmtIdents(p.text) {
				used[n] = true
			}
		case !p.isImport:
			usedBefore[i] = maps.Clone(used)
			if in := hoistInfoOf(p.text); in != nil {
				info[i] = in
				for _, n := range in.names {
					declared[n] = i
				}
				if in.method != "" {
					methods[in.method] = append(methods[in.method], i)
				}
			}
		}
	}
	// Pinned: stays in place (a statement's variable, directly or through
	// a declaration that stays).
	pinned := map[int]bool{}
	stays := map[int]bool{} // pinned, and not moved up either
	for i, in := range info {
		if in == nil {
			if pieces[i].kind == declPiece && i > first && !pieces[i].isImport {
				pinned[i], stays[i] = true, true // not understood: as before
			}
			continue
		}
		for _, n := range in.names {
			if stmtVars[n] || in.kind == "var" && known(n) {
				// A name a statement defines too, or a var of the
				// notebook declared again: the order of the cell decides.
				pinned[i], stays[i] = true, true
			}
		}
		for n := range in.free {
			pinned[i] = pinned[i] || stmtVars[n]
		}
	}
	for grew := true; grew; {
		grew = false
		for i, in := range info {
			if in == nil || pinned[i] {
				continue
			}
			for n := range in.free {
				if j, ok := declared[n]; ok && pinned[j] {
					pinned[i] = true
					grew = true
					break
				}
			}
			for n := range in.sels {
				for _, j := range methods[n] {
					if j != i && pinned[j] && !pinned[i] {
						pinned[i] = true
						grew = true
					}
				}
			}
		}
	}
	// Hoisted: every other declaration but a var, and the vars that a
	// statement above them or a hoisted declaration uses.
	hoisted := map[int]bool{}
	for i, in := range info {
		if in != nil && !pinned[i] && in.kind != "var" {
			hoisted[i] = true
		}
	}
	for grew := true; grew; {
		grew = false
		for i, in := range info {
			if in == nil || pinned[i] || hoisted[i] || in.kind != "var" {
				continue
			}
			need := false
			for _, n := range in.names {
				need = need || usedBefore[i][n]
			}
			for j := range hoisted {
				for _, n := range in.names {
					need = need || info[j].free[n]
				}
			}
			if need {
				hoisted[i] = true
				grew = true
			}
		}
	}
	// The place of each piece, as twice its index: a hoisted declaration
	// goes before the first statement; a func, method, type or constant
	// that stays goes up to just after the last statement above it that
	// defines a variable it uses (and after the declarations it uses),
	// never down; a var stays where it is.
	key := make([]int, len(pieces))
	for i := range pieces {
		key[i] = 2 * i
		if hoisted[i] {
			key[i] = 2*first - 1
		}
	}
	defines := func(j int, n string) bool {
		for _, m := range pieces[j].defines() {
			if m == n {
				return true
			}
		}
		return false
	}
	for i, in := range info {
		if in == nil || hoisted[i] || !pinned[i] || stays[i] || in.kind == "var" {
			continue
		}
		k := 2*first - 1
		for j := first; j < i; j++ {
			if pieces[j].kind != stmtPiece {
				continue
			}
			for n := range in.free {
				if stmtVars[n] && defines(j, n) {
					k = max(k, 2*j+1)
				}
			}
		}
		key[i] = k
	}
	for grew := true; grew; {
		grew = false
		for i, in := range info {
			if in == nil || hoisted[i] || !pinned[i] || stays[i] || in.kind == "var" {
				continue
			}
			for n := range in.free {
				if j, ok := declared[n]; ok && j != i {
					if k := min(key[j], 2*i); k > key[i] {
						key[i] = k
						grew = true
					}
				}
			}
			for n := range in.sels {
				for _, j := range methods[n] {
					if j != i && pinned[j] {
						if k := min(key[j], 2*i); k > key[i] {
							key[i] = k
							grew = true
						}
					}
				}
			}
		}
	}
	moves := false
	for i := range pieces {
		moves = moves || key[i] != 2*i
	}
	if !moves {
		return pieces, false
	}
	order := make([]int, len(pieces))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return key[order[a]] < key[order[b]] })
	out := make([]piece, len(pieces))
	for i, j := range order {
		out[i] = pieces[j]
	}
	return out, order[len(order)-1] != len(pieces)-1
}

// hoistInfoOf parses a declaration piece (not an import), or returns nil.
func hoistInfoOf(text string) *hoistInfo {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+text, 0)
	if err != nil || len(f.Decls) != 1 {
		return nil
	}
	in := &hoistInfo{free: map[string]bool{}, sels: map[string]bool{}}
	switch x := f.Decls[0].(type) {
	case *ast.FuncDecl:
		in.kind = "func"
		in.names = []string{x.Name.Name}
		if x.Recv != nil {
			in.kind = "method"
			in.names = nil // a method declares no name of the package scope
			in.method = x.Name.Name
		}
	case *ast.GenDecl:
		in.kind = x.Tok.String()
		for _, sp := range x.Specs {
			switch sp := sp.(type) {
			case *ast.ValueSpec:
				for _, n := range sp.Names {
					if n.Name != "_" {
						in.names = append(in.names, n.Name)
					}
				}
			case *ast.TypeSpec:
				in.names = append(in.names, sp.Name.Name)
			default:
				return nil
			}
		}
	}
	for _, n := range freeNames(f) {
		in.free[n] = true
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if se, ok := n.(*ast.SelectorExpr); ok {
			in.sels[se.Sel.Name] = true
		}
		return true
	})
	return in
}

// stmtIdents returns the identifiers of a statement piece, but the
// selected names of selectors (p.total does not use a var total).
func stmtIdents(text string) map[string]bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;func _(){"+text+"\n}", parser.SkipObjectResolution)
	if err != nil {
		return map[string]bool{}
	}
	return identsOf(f.Decls[0].(*ast.FuncDecl).Body)
}

// identsOf returns the identifiers in n, but the selected names of
// selectors.
func identsOf(n ast.Node) map[string]bool {
	out := map[string]bool{}
	sel := map[*ast.Ident]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			sel[n.Sel] = true
		case *ast.Ident:
			if !sel[n] {
				out[n.Name] = true
			}
		}
		return true
	})
	return out
}
