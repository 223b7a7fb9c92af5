// Package cellsplit splits a Go main program into the notebook cells a user
// would type for it. The repository's tests use it to run the same program
// compiled and as cells in a session, and compare the two.
package cellsplit

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// ErrNoMain is returned by Split for a program without a func main (with a
// body).
var ErrNoMain = errors.New("no func main")

// Split returns two ways of typing the program src as cells.
//
// whole is one cell: everything after the package clause (a session runs the
// main of a cell that declares it). It is always set: for a program that does
// not parse, it is the text after "package main" (or all of src).
//
// split is what a user pasting the program piece by piece would type: one cell
// of its imports, one of its other declarations, and one of main's body with
// one leading tab removed from each line (a cell is left out when it would be
// empty). It is nil when that would not be the same program: when main's body
// returns (a return is not a top-level statement), or when a local of main
// that main's body declares at its top level shadows a package-level name
// (it would redefine that name at the top level of a cell).
//
// err is the parse error, or ErrNoMain; split is nil then.
func Split(src []byte) (split, whole []string, err error) {
	split, whole, _, _, err = split2(src)
	return split, whole, err
}

// Lines returns, for each cell of Split's split and whole, the line of src
// that each of the cell's lines comes from (0 for a line the split added),
// so that a position in a cell can be given as the program's.
func Lines(src []byte) (split, whole [][]int) {
	_, _, split, whole, _ = split2(src)
	return split, whole
}

// lineSeq returns the n lines from first on.
func lineSeq(first, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = first + i
	}
	return out
}

func split2(src []byte) (split, whole []string, splitLines, wholeLines [][]int, err error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments)
	if err != nil {
		return nil, []string{afterPackage(src)}, nil, nil, err
	}
	off := func(pos token.Pos) int { return fset.Position(pos).Offset }
	line := func(pos token.Pos) int { return fset.Position(pos).Line }
	whole = []string{string(src[off(f.Name.End()):])}
	wholeLines = [][]int{lineSeq(line(f.Name.End()), strings.Count(whole[0], "\n")+1)}
	var imports, decls []string
	var importLines, declLines []int
	var main *ast.FuncDecl
	for _, d := range f.Decls {
		text := string(src[off(d.Pos()):off(d.End())])
		lines := lineSeq(line(d.Pos()), strings.Count(text, "\n")+1)
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			imports = append(imports, text)
			importLines = append(importLines, lines...)
		} else if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
			main = fd
		} else {
			if len(decls) > 0 {
				declLines = append(declLines, 0) // the blank line between
			}
			decls = append(decls, text)
			declLines = append(declLines, lines...)
		}
	}
	if main == nil || main.Body == nil {
		return nil, whole, nil, wholeLines, ErrNoMain
	}
	if returns(main.Body) || shadows(f, main.Body) {
		return nil, whole, nil, wholeLines, nil
	}
	if len(imports) > 0 {
		split = append(split, strings.Join(imports, "\n"))
		splitLines = append(splitLines, importLines)
	}
	if len(decls) > 0 {
		split = append(split, strings.Join(decls, "\n\n"))
		splitLines = append(splitLines, declLines)
	}
	body := string(src[off(main.Body.Lbrace)+1 : off(main.Body.Rbrace)])
	// The lines inside a raw string literal are its value: they keep
	// their tabs.
	var raw [][2]int
	ast.Inspect(main.Body, func(n ast.Node) bool {
		if b, ok := n.(*ast.BasicLit); ok && b.Kind == token.STRING && strings.HasPrefix(b.Value, "`") {
			raw = append(raw, [2]int{off(b.Pos()) - off(main.Body.Lbrace) - 1, off(b.End()) - off(main.Body.Lbrace) - 1})
		}
		return true
	})
	cell, lead := dedent(body, raw)
	splitLines = append(splitLines, lineSeq(line(main.Body.Lbrace)+lead, strings.Count(cell, "\n")+1))
	return append(split, cell), whole, splitLines, wholeLines, nil
}

// returns reports whether body has a return statement outside its function
// literals.
func returns(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		}
		return !found
	})
	return found
}

// shadows reports whether a top-level statement of body declares a name
// that f declares at package level.
func shadows(f *ast.File, body *ast.BlockStmt) bool {
	pkgNames := map[string]bool{}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				pkgNames[d.Name.Name] = true
			}
		case *ast.GenDecl:
			for _, n := range specNames(d) {
				pkgNames[n] = true
			}
		}
	}
	for _, st := range body.List {
		var names []string
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				for _, e := range st.Lhs {
					if id, ok := e.(*ast.Ident); ok {
						names = append(names, id.Name)
					}
				}
			}
		case *ast.DeclStmt:
			names = specNames(st.Decl.(*ast.GenDecl))
		}
		for _, n := range names {
			if n != "_" && pkgNames[n] {
				return true
			}
		}
	}
	return false
}

// specNames returns the names a declaration declares (none for imports).
func specNames(g *ast.GenDecl) []string {
	var names []string
	for _, sp := range g.Specs {
		switch sp := sp.(type) {
		case *ast.ValueSpec:
			for _, id := range sp.Names {
				names = append(names, id.Name)
			}
		case *ast.TypeSpec:
			names = append(names, sp.Name.Name)
		}
	}
	return names
}

// afterPackage returns src after its first "package main", or all of src.
func afterPackage(src []byte) string {
	s := string(src)
	if i := strings.Index(s, "package main"); i >= 0 {
		return s[i+len("package main"):]
	}
	return s
}

// dedent removes one leading tab from each line of s, as a user pasting
// main's body would, except from the lines that start inside one of the
// raw string literals at the offsets raw, and the blank lines around it;
// and the number of lines removed before it.
func dedent(s string, raw [][2]int) (string, int) {
	var b strings.Builder
	start := 0
	for start < len(s) {
		end := strings.IndexByte(s[start:], '\n') + start + 1
		if end == start {
			end = len(s)
		}
		inRaw := false
		for _, r := range raw {
			inRaw = inRaw || (start > r[0] && start < r[1])
		}
		if !inRaw && s[start] == '\t' {
			start++
		}
		b.WriteString(s[start:end])
		start = end
	}
	d := strings.TrimLeft(b.String(), "\n")
	return strings.TrimRight(d, "\n"), b.Len() - len(d)
}
