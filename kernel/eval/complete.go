package eval

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/gonotes/gonotes/kernel/symbols"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
	"github.com/traefik/yaegi/stdlib/generic"
)

// IsComplete reports whether code is ready to run: "complete", "incomplete"
// (an unclosed bracket, string or comment, or a trailing operator; indent is
// one tab per open bracket) or "invalid" (a syntax error that more lines
// cannot fix).
func (s *Session) IsComplete(code string) (status, indent string) {
	code = goOnly(code)
	if strings.TrimSpace(code) == "" {
		return "complete", ""
	}
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(code))
	var sc scanner.Scanner
	var scanErr string
	sc.Init(file, []byte(code), func(_ token.Position, msg string) {
		if scanErr == "" {
			scanErr = msg
		}
	}, 0)
	var stack []token.Token
	last := token.ILLEGAL
	for {
		_, tok, lit := sc.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.SEMICOLON && lit == "\n" {
			continue // automatic: keep the token before it
		}
		switch tok {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			stack = append(stack, tok)
		case token.RPAREN, token.RBRACK, token.RBRACE:
			want := map[token.Token]token.Token{token.RPAREN: token.LPAREN, token.RBRACK: token.LBRACK, token.RBRACE: token.LBRACE}[tok]
			if len(stack) == 0 || stack[len(stack)-1] != want {
				return "invalid", ""
			}
			stack = stack[:len(stack)-1]
		}
		last = tok
	}
	if scanErr != "" {
		if strings.Contains(scanErr, "not terminated") {
			return "incomplete", ""
		}
		return "invalid", ""
	}
	if len(stack) > 0 {
		return "incomplete", strings.Repeat("\t", len(stack))
	}
	if last.IsOperator() && last != token.RPAREN && last != token.RBRACK && last != token.RBRACE &&
		last != token.INC && last != token.DEC && last != token.SEMICOLON && last != token.ELLIPSIS {
		return "incomplete", ""
	}
	if _, err := splitCell(code); err != nil {
		return "invalid", ""
	}
	return "complete", ""
}

// Complete returns completion candidates for the identifier that ends at
// cursor (a rune offset): Go keywords and predeclared names, the notebook's
// names, package names, and after "pkg." or "value." the package's exported
// names or the value's fields and methods; inside an import's quotes,
// package paths.
func (s *Session) Complete(code string, cursor int) (matches []string, start, end int) {
	off := byteOffset(code, cursor)
	before := code[:off]
	if names, start, ok := completeMagic(code, off); ok {
		return names, utf8.RuneCountInString(code[:start]), cursor
	}
	// Import paths.
	if m := importPathRe.FindStringSubmatch(lastLine(before)); m != nil && strings.Contains(before, "import") {
		prefix := m[1]
		for _, p := range packagePaths() {
			if strings.HasPrefix(p, prefix) {
				matches = append(matches, p)
			}
		}
		return matches, cursor - utf8.RuneCountInString(prefix), cursor
	}
	i := len(before)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if !isIdentRune(r) {
			break
		}
		i -= size
	}
	prefix := before[i:]
	start, end = cursor-utf8.RuneCountInString(prefix), cursor
	var cands []string
	if i > 0 && before[i-1] == '.' {
		cands = s.members(before[:i-1])
	} else {
		cands = s.names()
	}
	seen := map[string]bool{}
	for _, c := range cands {
		if strings.HasPrefix(c, prefix) && !strings.HasPrefix(c, "__") && !seen[c] {
			seen[c] = true
			matches = append(matches, c)
		}
	}
	sort.Strings(matches)
	return matches, start, end
}

var importPathRe = regexp.MustCompile(`^\s*(?:import\s+)?(?:[\w.]+\s+)?"([\w./-]*)$`)

func lastLine(s string) string {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func isIdentRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// byteOffset converts a rune offset in s to a byte offset.
func byteOffset(s string, runes int) int {
	if runes <= 0 {
		return 0
	}
	n := 0
	for i := range s {
		if n == runes {
			return i
		}
		n++
	}
	return len(s)
}

var keywords = []string{
	"break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func",
	"go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
	"switch", "type", "var",
}

var predeclared = []string{
	"any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64", "int",
	"int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64",
	"uintptr", "true", "false", "iota", "nil", "append", "cap", "clear", "close", "complex", "copy",
	"delete", "imag", "len", "make", "max", "min", "new", "panic", "print", "println", "real", "recover",
}

// packages maps package import paths to their exported symbols (the
// standard library and the gonotes library).
var packages = sync.OnceValue(func() map[string]map[string]reflect.Value {
	out := map[string]map[string]reflect.Value{}
	for _, table := range []map[string]map[string]reflect.Value{stdlib.Symbols, symbols.Symbols} {
		for k, v := range table {
			if k == "." || strings.Contains(k, "internal") {
				continue
			}
			out[path.Dir(k)] = v
		}
	}
	out["os/exec"] = overrides(new(timerWatch))["os/exec/exec"]
	return out
})

// basePackageNames maps the base names of the pre-imported packages to
// their paths, as ImportUsed names them. Every cell needs it (to tell
// package selectors from other names): computed once, it costs a map copy
// instead of sorting and naming every package again.
var basePackageNames = sync.OnceValue(func() map[string]string {
	return interp.PackageNames(slices.Collect(maps.Keys(packages())))
})

// packagePaths returns the sorted import paths.
func packagePaths() []string {
	var out []string
	for p := range packages() {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// packageNames maps the names that refer to packages in a cell (the
// pre-imported base names, and the notebook's explicit imports) to paths.
func (s *Session) packageNames() map[string]string {
	names := maps.Clone(basePackageNames())
	s.declMu.Lock()
	defer s.declMu.Unlock()
	for _, d := range s.decls {
		if d.kind != "import" {
			continue
		}
		for _, n := range d.names {
			name, quoted, _ := strings.Cut(n, " ")
			p := strings.Trim(quoted, `"`)
			if name == "" {
				name = pathImportName(p)
			}
			if name != "_" && name != "." {
				names[name] = p
			}
		}
	}
	return names
}

// names returns the unqualified candidates.
func (s *Session) names() []string {
	out := append(append([]string{}, keywords...), predeclared...)
	for n := range s.packageNames() {
		out = append(out, n)
	}
	for n := range s.globals() {
		out = append(out, n)
	}
	s.declMu.Lock()
	for _, d := range s.decls {
		if d.kind == "import" || d.kind == "method" {
			continue
		}
		out = append(out, d.names...)
	}
	s.declMu.Unlock()
	return out
}

// members returns the candidates after "x.": the exported names of package
// x, the fields and methods of variable x, or the methods of type x.
func (s *Session) members(x string) []string {
	j := len(x)
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(x[:j])
		if !isIdentRune(r) {
			break
		}
		j -= size
	}
	name := x[j:]
	if name == "" {
		return nil
	}
	var out []string
	if p, ok := s.packageNames()[name]; ok {
		if syms, ok := packages()[p]; ok {
			for n := range syms {
				if token.IsExported(n) {
					out = append(out, n)
				}
			}
			// The generic declarations (slices.Sort, maps.Keys), which
			// are compiled from source on first use.
			out = append(out, genericNames()[p]...)
			sort.Strings(out)
			return slices.Compact(out)
		}
	}
	if v, ok := s.globals()[name]; ok && v.IsValid() {
		out = append(out, fieldsAndMethods(v.Type())...)
	}
	// Methods declared in the notebook (for a value of any notebook type:
	// yaegi's types carry no names, so all are offered).
	s.declMu.Lock()
	for _, d := range s.decls {
		if d.kind == "method" {
			out = append(out, shortName(d.names[0]))
		}
	}
	s.declMu.Unlock()
	return out
}

// fieldsAndMethods lists the exported fields and methods of t (and *t),
// and the unexported fields of a notebook struct (package "main", where the
// cell's code may use them).
func fieldsAndMethods(t reflect.Type) []string {
	var out []string
	for _, tt := range []reflect.Type{t, reflect.PointerTo(t)} {
		for i := 0; i < tt.NumMethod(); i++ {
			out = append(out, tt.Method(i).Name)
		}
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct {
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.IsExported() || f.PkgPath == "main" {
				out = append(out, f.Name)
			}
		}
	}
	return out
}

// genericNames maps import paths of the standard library to the exported
// names that their generic source part declares (see stdlib/generic).
var genericNames = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	_ = fs.WalkDir(generic.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go.txt") {
			return nil
		}
		b, err := fs.ReadFile(generic.FS, p)
		if err != nil {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), p, b, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		dir := path.Dir(p)
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if decl.Recv == nil && decl.Name.IsExported() {
					out[dir] = append(out[dir], decl.Name.Name)
				}
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					switch spec := spec.(type) {
					case *ast.TypeSpec:
						if spec.Name.IsExported() {
							out[dir] = append(out[dir], spec.Name.Name)
						}
					case *ast.ValueSpec:
						for _, n := range spec.Names {
							if n.IsExported() {
								out[dir] = append(out[dir], n.Name)
							}
						}
					}
				}
			}
		}
		return nil
	})
	return out
})
