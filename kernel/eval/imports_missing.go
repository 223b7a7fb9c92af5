package eval

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/kernel/symbols"
	"github.com/traefik/yaegi/stdlib"
)

// A cell may use any standard or gonotes package without importing it
// (fmt.Println just works). A whole program typed as a cell, with its
// imports and func main, is what `go run` builds, which rejects a package
// used without its import: missingImport gives gc's "undefined: strings"
// for such a cell. A package imported by an earlier cell, and a name a
// cell declared, count as imported.

// knownPackages are the names of the packages a cell may use unimported.
var knownPackages = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, table := range []map[string]map[string]reflect.Value{stdlib.Symbols, symbols.Symbols} {
		for k := range table {
			if i := strings.LastIndexByte(k, '/'); i >= 0 {
				m[k[i+1:]] = true
			}
		}
	}
	return m
})

// specName is the name an import spec binds.
func specName(sp *ast.ImportSpec) string {
	if sp.Name != nil {
		return sp.Name.Name
	}
	p, _ := strconv.Unquote(sp.Path.Value)
	return pathImportName(p)
}

// missingImport returns gc's error for the first package a cell that
// imports packages and declares func main uses without importing it, or
// nil.
func (s *Session) missingImport(pieces []piece, base int) error {
	imported := map[string]bool{}
	for k := range s.imports {
		if f, err := parser.ParseFile(token.NewFileSet(), "", "package p;import "+k, parser.ImportsOnly); err == nil && len(f.Imports) == 1 {
			imported[specName(f.Imports[0])] = true
		}
	}
	var files []parsed
	hasImport, hasMain := false, false
	declared := map[string]bool{}
	for i := range pieces {
		p := &pieces[i]
		if p.kind != declPiece && !p.isImport {
			// Top-level statements: main's body typed as a cell, or a
			// notebook's own cell beside a func main; not a whole program.
			return nil
		}
		pf, ok := parsePiece(p)
		if !ok {
			return nil
		}
		f := pf.f
		if p.isImport {
			hasImport = true
			for _, sp := range f.Imports {
				imported[specName(sp)] = true
			}
			continue
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					declared[d.Name.Name] = true
					hasMain = hasMain || d.Name.Name == "main" && p.kind == declPiece
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.TypeSpec:
						declared[sp.Name.Name] = true
					case *ast.ValueSpec:
						for _, id := range sp.Names {
							declared[id.Name] = true
						}
					}
				}
			}
		}
		for _, n := range p.defines() {
			declared[n] = true
		}
		files = append(files, pf)
	}
	if !hasImport || !hasMain {
		return nil
	}
	known := knownPackages()
	for _, pf := range files {
		var bad *ast.Ident
		ast.Inspect(pf.f, func(m ast.Node) bool {
			if bad != nil {
				return false
			}
			if sel, ok := m.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && id.Obj == nil && known[id.Name] && !imported[id.Name] && !declared[id.Name] && s.declKind(id.Name) == "" && !s.globalBefore(id.Name).IsValid() {
					bad = id
				}
			}
			return true
		})
		if bad != nil {
			pos := pf.fset.Position(bad.Pos())
			line, col := pf.p.line+pos.Line-1, pos.Column
			if pos.Line == 1 {
				col = pf.p.col + pos.Column - 1 - pf.shift
			}
			return s.compileError(fmt.Sprintf("%d:%d: undefined: %s", base+line-1, col, bad.Name), base)
		}
	}
	return nil
}

// varAsType returns gc's error for a variable given as the type of a
// variable declaration at a cell's top level (x := 1; var y x): a
// variable this cell declared before, or the notebook's; likewise a
// constant ("c (constant) is not a type") or a func ("(function)"). The cell's
// top-level statements are main's body typed as a cell, whose variables
// are local; in a whole program typed as a cell (with func main) they are
// package-level. A name declared again as a type or a func in between is
// not a variable any more.
func (s *Session) varAsType(pieces []piece, base int) error {
	kinds := map[string]string{} // this cell's top-level names so far
	program := false
	var files []parsed
	for i := range pieces {
		p := &pieces[i]
		if p.isImport {
			continue
		}
		pf, ok := parsePiece(p)
		if !ok {
			return nil
		}
		f := pf.f
		files = append(files, pf)
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" && p.kind == declPiece {
				program = true
			}
		}
	}
	// The types and funcs the cell declares anywhere at its top level (a
	// package-level declaration may follow its use).
	later := map[string]bool{}
	for _, pf := range files {
		for _, d := range pf.f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				later[d.Name.Name] = d.Recv == nil
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					if ts, ok := sp.(*ast.TypeSpec); ok && pf.p.kind == declPiece {
						later[ts.Name.Name] = true
					}
				}
			}
		}
	}
	kind := func(name string) string {
		if k, ok := kinds[name]; ok {
			return k
		}
		if later[name] {
			return ""
		}
		return s.declKind(name)
	}
	for _, pf := range files {
		if pf.p.kind != declPiece {
			for _, n := range pf.p.defines() {
				kinds[n] = "var"
			}
			continue
		}
		for _, d := range pf.f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					kinds[d.Name.Name] = "func"
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.TypeSpec:
						kinds[sp.Name.Name] = "type"
					case *ast.ValueSpec:
						if id, ok := sp.Type.(*ast.Ident); ok && (kind(id.Name) == "var" || kind(id.Name) == "const" || kind(id.Name) == "func") {
							where := "local variable"
							if program {
								where = "package-level variable"
							}
							switch kind(id.Name) {
							case "const":
								where = "constant"
							case "func":
								where = "function"
							}
							pos := pf.fset.Position(id.Pos())
							line, col := pf.p.line+pos.Line-1, pos.Column
							if pos.Line == 1 {
								col = pf.p.col + pos.Column - 1 - pf.shift
							}
							return s.compileError(fmt.Sprintf("%d:%d: %s (%s) is not a type", base+line-1, col, id.Name, where), base)
						}
						for _, id := range sp.Names {
							kinds[id.Name] = map[token.Token]string{token.VAR: "var", token.CONST: "const"}[d.Tok]
						}
					}
				}
			}
		}
	}
	return nil
}

// parsed is a piece of a cell parsed on its own: a declaration in a file,
// a statement in a func body of one.
type parsed struct {
	p     *piece
	f     *ast.File
	fset  *token.FileSet
	shift int // bytes the wrapper adds before the text on its first line
}

// parsePiece parses p as parsed says, or reports false.
func parsePiece(p *piece) (parsed, bool) {
	fset := token.NewFileSet()
	pre, post := "package p;", ""
	if p.kind != declPiece {
		pre, post = "package p;func _(){", "\n}"
	}
	f, err := parser.ParseFile(fset, "", pre+p.text+post, 0)
	if err != nil {
		return parsed{}, false
	}
	return parsed{p, f, fset, len(pre)}, true
}
