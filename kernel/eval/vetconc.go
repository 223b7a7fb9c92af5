package eval

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
)

// The concurrency checks of go vet, as warnings that never block a cell:
// a lock copied by value (copylocks), WaitGroup.Add called first thing in
// the goroutine it counts (waitgroup), the cancel function of a context
// discarded (lostcancel). They work on the AST of a unit with the types the
// source spells out (declared types of variables, parameters, composite
// literals, struct fields of the cell's and the session's type
// declarations): a go/types check of a cell needs the stdlib and gonotes'
// libraries as source or export data, which the kernel's image does not
// ship. An expression whose type is not spelled out is not reported, so a
// warning is never a false alarm from guessing.

// lockTypes are the types go vet's copylocks reports when copied: they hold
// a Lock method on their pointer or a noCopy guard.
var lockTypes = map[string]bool{
	"sync.Mutex": true, "sync.RWMutex": true, "sync.WaitGroup": true, "sync.Once": true,
	"sync.Cond": true, "sync.Map": true, "sync.Pool": true,
	"atomic.Bool": true, "atomic.Int32": true, "atomic.Int64": true, "atomic.Uint32": true,
	"atomic.Uint64": true, "atomic.Uintptr": true, "atomic.Value": true, "atomic.Pointer": true,
	"threading.Lock": true, "threading.RLock": true, "threading.Condition": true,
	"threading.Semaphore": true, "threading.BoundedSemaphore": true, "threading.Event": true,
	"threading.Barrier": true,
}

// cancelFuncs are the context functions that return a cancel function.
var cancelFuncs = map[string]bool{
	"WithCancel": true, "WithTimeout": true, "WithDeadline": true,
	"WithCancelCause": true, "WithTimeoutCause": true, "WithDeadlineCause": true,
}

// concVetter holds the spelled-out types: the struct types and the
// variables (a name declared twice with different types has none).
type concVetter struct {
	structs map[string]*ast.StructType
	vars    map[string]ast.Expr
	// bases are the variables' types without their pointers ("" when
	// ambiguous): a name declared as a sync.WaitGroup in one function
	// and as a *sync.WaitGroup parameter in another is a WaitGroup.
	bases map[string]string
	warns []vetError
}

// newConcVetter returns a vetter that knows the types that before (parsed
// declarations, units) spell out.
func newConcVetter(before []ast.Node) *concVetter {
	v := &concVetter{structs: map[string]*ast.StructType{}, vars: map[string]ast.Expr{}, bases: map[string]string{}}
	for _, d := range before {
		v.collect(d)
	}
	return v
}

// vet returns the concurrency warnings of a unit, whose types the vetter
// knows from then on (for the next units of the cell).
func (v *concVetter) vet(n ast.Node) []vetError {
	v.warns = nil
	v.collect(n)
	v.check(n)
	return v.warns
}

func (v *concVetter) setVar(id *ast.Ident, t ast.Expr) {
	if id == nil || id.Name == "_" {
		return
	}
	base := ""
	if t != nil {
		base = types.ExprString(t)
		for strings.HasPrefix(base, "*") {
			base = base[1:]
		}
	}
	if old, ok := v.bases[id.Name]; ok && old != base {
		base = ""
	}
	v.bases[id.Name] = base
	if old, ok := v.vars[id.Name]; ok && (old == nil || t == nil || types.ExprString(old) != types.ExprString(t)) {
		v.vars[id.Name] = nil // ambiguous
		return
	}
	v.vars[id.Name] = t
}

// collect records the struct types and the variables' spelled-out types.
func (v *concVetter) collect(n ast.Node) {
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.TypeSpec:
			if st, ok := m.Type.(*ast.StructType); ok && m.TypeParams == nil {
				v.structs[m.Name.Name] = st
			} else {
				// A type declared again as another kind of type (a
				// pasted program's `type Counter map[string]int`
				// after a struct Counter holding a mutex).
				delete(v.structs, m.Name.Name)
			}
		case *ast.ValueSpec:
			for i, id := range m.Names {
				t := m.Type
				if t == nil && len(m.Values) == len(m.Names) {
					t = v.litType(m.Values[i])
				}
				v.setVar(id, t)
			}
		case *ast.AssignStmt:
			if m.Tok != token.DEFINE {
				break
			}
			for i, l := range m.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok {
					continue
				}
				var t ast.Expr
				if len(m.Lhs) == len(m.Rhs) {
					t = v.litType(m.Rhs[i])
					if t == nil {
						t = v.exprType(m.Rhs[i])
					}
				}
				// The values of a call (v, ok := m.Load(k)) have no
				// spelled-out type: the name is unknown, or ambiguous
				// when another declaration spells a lock's.
				v.setVar(id, t)
			}
		case *ast.RangeStmt:
			if m.Tok == token.DEFINE {
				var elt ast.Expr // the element's type, where the operand's spells it out
				switch t := v.exprType(m.X).(type) {
				case *ast.ArrayType:
					elt = t.Elt
				case *ast.MapType:
					elt = t.Value
				}
				if id, ok := m.Key.(*ast.Ident); ok {
					v.setVar(id, nil)
				}
				if id, ok := m.Value.(*ast.Ident); ok {
					v.setVar(id, elt)
				}
			}
		case *ast.StructType, *ast.InterfaceType:
			return false // fields are reached through x.f
		case *ast.Field: // parameters, results, receivers
			for _, id := range m.Names {
				v.setVar(id, m.Type)
			}
		}
		return true
	})
}

// litType is the type of a new value whose type is spelled out: T{...},
// &T{...}, new(T).
func (v *concVetter) litType(x ast.Expr) ast.Expr {
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		return x.Type
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			if t := v.litType(x.X); t != nil {
				return &ast.StarExpr{X: t}
			}
		}
	case *ast.CallExpr:
		if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "new" && len(x.Args) == 1 {
			return &ast.StarExpr{X: x.Args[0]}
		}
	}
	return nil
}

// exprType is the spelled-out type of an expression that denotes an
// existing value (a variable, a field, an element, a dereference); nil
// when unknown or when the expression makes a new value.
func (v *concVetter) exprType(x ast.Expr) ast.Expr {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return v.vars[x.Name]
	case *ast.StarExpr:
		if t, ok := v.exprType(x.X).(*ast.StarExpr); ok {
			return t.X
		}
	case *ast.IndexExpr:
		switch t := v.exprType(x.X).(type) {
		case *ast.ArrayType:
			return t.Elt
		case *ast.MapType:
			return t.Value
		}
	case *ast.SelectorExpr:
		t := v.exprType(x.X)
		if p, ok := t.(*ast.StarExpr); ok {
			t = p.X
		}
		if id, ok := t.(*ast.Ident); ok {
			if st := v.structs[id.Name]; st != nil {
				for _, f := range st.Fields.List {
					for _, n := range f.Names {
						if n.Name == x.Sel.Name {
							return f.Type
						}
					}
				}
			}
		}
	}
	return nil
}

// lockPath says which lock a value of type t holds ("sync.Mutex",
// "Counter contains sync.Mutex"), or "".
func (v *concVetter) lockPath(t ast.Expr, seen map[string]bool) string {
	switch t := t.(type) {
	case *ast.ParenExpr:
		return v.lockPath(t.X, seen)
	case *ast.IndexExpr: // atomic.Pointer[T]
		return v.lockPath(t.X, seen)
	case *ast.SelectorExpr:
		if s := types.ExprString(t); lockTypes[s] {
			if s == "sync.WaitGroup" || s == "sync.Cond" || s == "sync.Pool" {
				s += " contains sync.noCopy" // as go vet says it
			}
			return s
		}
	case *ast.ArrayType:
		if t.Len != nil {
			return v.lockPath(t.Elt, seen)
		}
	case *ast.Ident:
		st := v.structs[t.Name]
		if st == nil || seen[t.Name] {
			return ""
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[t.Name] = true
		for _, f := range st.Fields.List {
			if p := v.lockPath(f.Type, seen); p != "" {
				return t.Name + " contains " + p
			}
		}
	case *ast.StructType:
		for _, f := range t.Fields.List {
			if p := v.lockPath(f.Type, seen); p != "" {
				return "struct contains " + p
			}
		}
	}
	return ""
}

// copied returns the lock an expression copies, or "".
func (v *concVetter) copied(x ast.Expr) string {
	t := v.exprType(x)
	if t == nil {
		return ""
	}
	return v.lockPath(t, nil)
}

func (v *concVetter) warn(pos token.Pos, format string, args ...any) {
	v.warns = append(v.warns, vetError{pos: pos, msg: fmt.Sprintf(format, args...)})
}

func (v *concVetter) params(name string, fl *ast.FieldList) {
	if fl == nil {
		return
	}
	for _, f := range fl.List {
		if p := v.lockPath(f.Type, nil); p != "" {
			v.warn(f.Type.Pos(), "%s passes lock by value: %s", name, p)
		}
	}
}

func (v *concVetter) check(n ast.Node) {
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncDecl:
			v.params(m.Name.Name, m.Recv)
			v.params(m.Name.Name, m.Type.Params)
		case *ast.FuncLit:
			v.params("func", m.Type.Params)
		case *ast.AssignStmt:
			v.cancel(m.Lhs, m.Rhs)
			if len(m.Lhs) == len(m.Rhs) {
				for i, r := range m.Rhs {
					if p := v.copied(r); p != "" {
						v.warn(r.Pos(), "assignment copies lock value to %s: %s", types.ExprString(m.Lhs[i]), p)
					}
				}
			}
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(m.Names))
			for i, id := range m.Names {
				lhs[i] = id
			}
			v.cancel(lhs, m.Values)
			if len(m.Names) == len(m.Values) {
				for i, r := range m.Values {
					if p := v.copied(r); p != "" {
						v.warn(r.Pos(), "variable declaration copies lock value to %s: %s", m.Names[i].Name, p)
					}
				}
			}
		case *ast.RangeStmt:
			if m.Value != nil {
				var elt ast.Expr
				switch t := v.exprType(m.X).(type) {
				case *ast.ArrayType:
					elt = t.Elt
				case *ast.MapType:
					elt = t.Value
				}
				if elt != nil {
					if p := v.lockPath(elt, nil); p != "" {
						v.warn(m.Value.Pos(), "range var %s copies lock: %s", types.ExprString(m.Value), p)
					}
				}
			}
		case *ast.ReturnStmt:
			for _, r := range m.Results {
				if p := v.copied(r); p != "" {
					v.warn(r.Pos(), "return copies lock value: %s", p)
				}
			}
		case *ast.CallExpr:
			if id, ok := m.Fun.(*ast.Ident); ok && (id.Name == "len" || id.Name == "cap" || id.Name == "new") {
				break
			}
			if sel, ok := m.Fun.(*ast.SelectorExpr); ok && types.ExprString(sel.X) == "unsafe" &&
				(sel.Sel.Name == "Sizeof" || sel.Sel.Name == "Alignof" || sel.Sel.Name == "Offsetof") {
				break // as go vet: these builtins copy nothing
			}
			for _, a := range m.Args {
				if p := v.copied(a); p != "" {
					v.warn(a.Pos(), "call of %s copies lock value: %s", types.ExprString(m.Fun), p)
				}
			}
		case *ast.GoStmt:
			if lit, ok := m.Call.Fun.(*ast.FuncLit); ok {
				v.addInGoroutine(lit.Body)
			}
		}
		return true
	})
}

// addInGoroutine reports a WaitGroup.Add call that is the first statement
// of a goroutine's body, as go vet's waitgroup check does: an Add later in
// the body may well count goroutines that this one starts and waits for
// (a WaitGroup of its own).
func (v *concVetter) addInGoroutine(body *ast.BlockStmt) {
	if len(body.List) == 0 {
		return
	}
	es, ok := body.List[0].(*ast.ExprStmt)
	if !ok {
		return
	}
	m, ok := es.X.(*ast.CallExpr)
	if !ok {
		return
	}
	sel, ok := m.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Add" {
		return
	}
	t := v.exprType(sel.X)
	if p, ok := t.(*ast.StarExpr); ok {
		t = p.X
	}
	isWG := t != nil && types.ExprString(t) == "sync.WaitGroup"
	if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && t == nil {
		isWG = v.bases[id.Name] == "sync.WaitGroup"
	}
	if isWG {
		v.warn(m.Pos(), "WaitGroup.Add called from inside new goroutine")
	}
}

// cancel reports the cancel function of context.WithCancel (and the other
// With functions that return one) assigned to the blank identifier.
func (v *concVetter) cancel(lhs, rhs []ast.Expr) {
	if len(lhs) != 2 || len(rhs) != 1 {
		return
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return
	}
	if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "context" || !cancelFuncs[sel.Sel.Name] {
		return
	}
	if id, ok := lhs[1].(*ast.Ident); ok && id.Name == "_" {
		v.warn(id.Pos(), "the cancel function returned by context.%s should be called, not discarded, to avoid a context leak", sel.Sel.Name)
	}
}

// sessionTypeDecls returns the type and var declarations of the cells that
// ran, parsed (each once: the parse is cached on the session, and the
// entries of declarations replaced since are dropped).
func (s *Session) sessionTypeDecls() []ast.Node {
	s.declMu.Lock()
	defer s.declMu.Unlock()
	if s.vetDecls == nil {
		s.vetDecls = map[*decl][]ast.Decl{}
	}
	var out []ast.Node
	live := 0
	for _, d := range s.decls {
		if d.kind != "type" && d.kind != "var" {
			continue
		}
		live++
		ds, ok := s.vetDecls[d]
		if !ok {
			f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+d.text, parser.SkipObjectResolution)
			if err == nil {
				ds = f.Decls
			}
			s.vetDecls[d] = ds
		}
		for _, x := range ds {
			out = append(out, x)
		}
	}
	if len(s.vetDecls) > live {
		current := make(map[*decl]bool, live)
		for _, d := range s.decls {
			current[d] = true
		}
		for d := range s.vetDecls {
			if !current[d] {
				delete(s.vetDecls, d)
			}
		}
	}
	return out
}

// concWarnings formats the warnings of a unit at cell lines ("cell[3]:4:
// ..."), the cell starting at virtual line base. The session's
// declarations are collected once per cell, at its first unit; each unit
// adds its own for the next ones.
func (s *Session) concWarnings(n ast.Node, rw *rewriter, base int) []string {
	if rw.conc == nil {
		rw.conc = newConcVetter(s.sessionTypeDecls())
	}
	ws := rw.conc.vet(n)
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		p := s.i.FileSet().Position(w.pos)
		out = append(out, fmt.Sprintf("%s:%d: %s", cellName(rw.cell), p.Line-base+1, strings.TrimSpace(w.msg)))
	}
	return out
}
