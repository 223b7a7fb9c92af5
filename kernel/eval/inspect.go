package eval

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	goruntime "runtime"
	"strings"
	"sync"
	"unicode/utf8"

	isync "github.com/gonotes/gonotes/kernel/eval/internal/sync"
	"github.com/gonotes/gonotes/kernel/symbols"
)

// Inspect describes the name at cursor (a rune offset): for a package
// member (fmt.Println, threading.Thread), its declaration and doc comment,
// from the Go installation's sources for the standard library and from
// kernel/symbols.LibSources for the gonotes library; for a notebook name,
// its declaration as written in the cell (detail 0: the signature and doc
// comment of a func, detail 1: its whole source) or a variable's type and
// value.
func (s *Session) Inspect(code string, cursor, detail int) (map[string]any, bool) {
	off := byteOffset(code, cursor)
	if data, ok := inspectMagic(code, off); ok {
		return data, true
	}
	i, j := off, off
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(code[:i])
		if !isIdentRune(r) {
			break
		}
		i -= size
	}
	for j < len(code) {
		r, size := utf8.DecodeRuneInString(code[j:])
		if !isIdentRune(r) {
			break
		}
		j += size
	}
	if i == j && i > 0 && code[i-1] == '(' {
		// After "f(": the func being called.
		return s.Inspect(code, utf8.RuneCountInString(code[:i-1]), detail)
	}
	name := code[i:j]
	if name == "" {
		return nil, false
	}
	qual := ""
	if i > 0 && code[i-1] == '.' {
		k := i - 1
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(code[:k])
			if !isIdentRune(r) {
				break
			}
			k -= size
		}
		qual = code[k : i-1]
	}
	text, ok := s.describe(qual, name, detail)
	if !ok {
		return nil, false
	}
	return map[string]any{"text/plain": text}, true
}

// describe returns the text for qual.name (qual may be empty).
func (s *Session) describe(qual, name string, detail int) (string, bool) {
	if qual != "" {
		if p, ok := s.packageNames()[qual]; ok {
			if t, ok := lookupDoc(p, name); ok {
				return t, true
			}
			if v, ok := packages()[p][name]; ok {
				return fmt.Sprintf("%s.%s: %s", qual, name, v.Type()), true
			}
			return "", false
		}
		if v, ok := s.globals()[qual]; ok && v.IsValid() {
			t := v.Type()
			for t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
			pkg := t.PkgPath()
			if pkg == thisPkg() {
				pkg = "sync" // the kernel's interruptible sync.WaitGroup and sync.Mutex
			}
			if pkg != "" && t.Name() != "" {
				if text, ok := lookupDoc(pkg, t.Name()+"."+name); ok {
					return text, true
				}
			}
		}
		isType := s.isType(qual)
		if d := s.findDecl(func(d *decl) bool {
			return d.kind == "method" && (shortName(d.names[0]) == name) &&
				(strings.HasPrefix(d.names[0], qual+".") || !isType)
		}); d != nil {
			return declText(d, detail), true
		}
		return "", false
	}
	if d := s.findDecl(func(d *decl) bool {
		if d.kind == "import" || d.kind == "method" {
			return false
		}
		for _, n := range d.names {
			if n == name {
				return true
			}
		}
		return false
	}); d != nil {
		text := declText(d, detail)
		if d.kind == "var" {
			if v, ok := s.globals()[name]; ok && v.IsValid() {
				typ := " " + v.Type().String()
				if v.Type().Name() == "" && v.Kind() == reflect.Struct {
					typ = "" // a notebook type: yaegi's reflect type has no name
				}
				text += fmt.Sprintf("\n\n%s%s = %s", name, typ, formatValue(v.Interface()))
			}
		}
		return text, true
	}
	if v, ok := s.globals()[name]; ok && v.IsValid() && !strings.HasPrefix(name, "__") {
		return fmt.Sprintf("%s %s = %s", name, v.Type(), formatValue(v.Interface())), true
	}
	if p, ok := s.packageNames()[name]; ok {
		if pd, _ := packageDoc(p); pd != nil {
			return fmt.Sprintf("package %s // import %q\n\n%s", pd.Name, p, strings.TrimSpace(pd.Doc)), true
		}
		return fmt.Sprintf("package %s // import %q", name, p), true
	}
	if t, ok := lookupDoc("builtin", name); ok {
		return t, true
	}
	return "", false
}

// isType reports whether the notebook declares a type of that name.
func (s *Session) isType(name string) bool {
	return s.findDecl(func(d *decl) bool { return d.kind == "type" && d.names[0] == name }) != nil
}

// findDecl returns the latest declaration that matches.
func (s *Session) findDecl(match func(*decl) bool) *decl {
	s.declMu.Lock()
	defer s.declMu.Unlock()
	for i := len(s.decls) - 1; i >= 0; i-- {
		if match(s.decls[i]) {
			return s.decls[i]
		}
	}
	return nil
}

// declText shows a notebook declaration: a func's signature and doc comment
// (detail 0) or its whole source (detail 1), other declarations whole.
func declText(d *decl, detail int) string {
	text := d.text
	if (d.kind == "func" || d.kind == "method") && detail == 0 {
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+text, parser.ParseComments)
		if err == nil && len(f.Decls) == 1 {
			if fd, ok := f.Decls[0].(*ast.FuncDecl); ok && fd.Body != nil {
				// The text is "package p;" + d.text: offsets shift by 10.
				cut := int(fd.Body.Lbrace) - 1 - len("package p;")
				if cut > 0 && cut <= len(text) {
					text = strings.TrimSpace(text[:cut])
				}
			}
		}
	}
	return fmt.Sprintf("%s\n\n(defined in %s)", text, cellName(d.cell))
}

// thisPkg is the path of the package of the kernel's sync.WaitGroup and
// sync.Mutex (internal/sync).
func thisPkg() string { return reflect.TypeOf(isync.WaitGroup{}).PkgPath() }

// docCache holds the parsed documentation per import path.
var docCache sync.Map // string -> *docEntry

type docEntry struct {
	once sync.Once
	pkg  *doc.Package
	fset *token.FileSet
}

// goroot returns the Go installation whose sources document the standard
// library.
func goroot() string {
	if r := os.Getenv("GOROOT"); r != "" {
		return r
	}
	if r := goruntime.GOROOT(); r != "" { //nolint:staticcheck // the best guess without running go env
		return r
	}
	return "/usr/local/go"
}

// packageDoc parses the documentation of a package: the gonotes library from
// the generated table, the standard library from GOROOT's sources.
func packageDoc(importPath string) (*doc.Package, *token.FileSet) {
	e, _ := docCache.LoadOrStore(importPath, &docEntry{})
	entry := e.(*docEntry)
	entry.once.Do(func() {
		fset := token.NewFileSet()
		var files []*ast.File
		if src, ok := symbols.LibSources[importPath]; ok {
			if f, err := parser.ParseFile(fset, importPath+".go", src, parser.ParseComments); err == nil {
				files = append(files, f)
			}
		} else {
			dir := filepath.Join(goroot(), "src", filepath.FromSlash(importPath))
			entries, err := os.ReadDir(dir)
			if err != nil {
				return
			}
			name := ""
			for _, de := range entries {
				n := de.Name()
				if de.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
					continue
				}
				f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.ParseComments)
				if err != nil || f.Name.Name == "main" || f.Name.Name == "documentation" && importPath != "builtin" {
					continue
				}
				if name == "" {
					name = f.Name.Name
				}
				if f.Name.Name == name {
					files = append(files, f)
				}
			}
		}
		if len(files) == 0 {
			return
		}
		mode := doc.Mode(0)
		if importPath == "builtin" {
			mode = doc.AllDecls
		}
		p, err := doc.NewFromFiles(fset, files, importPath, mode)
		if err == nil {
			entry.pkg, entry.fset = p, fset
		}
	})
	return entry.pkg, entry.fset
}

// lookupDoc renders the declaration and doc comment of name ("F", "T" or
// "T.M") in package importPath.
func lookupDoc(importPath, name string) (string, bool) {
	p, fset := packageDoc(importPath)
	if p == nil {
		return "", false
	}
	typ, member, isMember := strings.Cut(name, ".")
	render := func(decl any, docText string) string {
		var b bytes.Buffer
		printer.Fprint(&b, fset, decl)
		text := b.String()
		if d := strings.TrimSpace(docText); d != "" {
			text += "\n\n" + d
		}
		return text
	}
	fn := func(f *doc.Func) string {
		return render(&ast.FuncDecl{Recv: f.Decl.Recv, Name: f.Decl.Name, Type: f.Decl.Type}, f.Doc)
	}
	values := func(vs []*doc.Value, n string) (string, bool) {
		for _, v := range vs {
			for _, vn := range v.Names {
				if vn == n {
					return render(v.Decl, v.Doc), true
				}
			}
		}
		return "", false
	}
	if isMember {
		for _, t := range p.Types {
			if t.Name != typ {
				continue
			}
			for _, m := range t.Methods {
				if m.Name == member {
					return fn(m), true
				}
			}
		}
		return "", false
	}
	for _, f := range p.Funcs {
		if f.Name == name {
			return fn(f), true
		}
	}
	for _, t := range p.Types {
		if t.Name == name {
			text := render(t.Decl, t.Doc)
			var ms []string
			for _, f := range t.Funcs {
				ms = append(ms, strings.SplitN(fn(f), "\n", 2)[0])
			}
			for _, m := range t.Methods {
				ms = append(ms, strings.SplitN(fn(m), "\n", 2)[0])
			}
			if len(ms) > 0 {
				text += "\n\n" + strings.Join(ms, "\n")
			}
			return text, true
		}
		for _, f := range t.Funcs {
			if f.Name == name {
				return fn(f), true
			}
		}
		if text, ok := values(t.Consts, name); ok {
			return text, true
		}
		if text, ok := values(t.Vars, name); ok {
			return text, true
		}
	}
	if text, ok := values(p.Consts, name); ok {
		return text, true
	}
	return values(p.Vars, name)
}
