package multiprocessing

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"runtime"
	"strings"
	"sync"
)

// Go keeps no parameter names at run time, but Python's TypeError for a call
// with too few arguments names the missing ones ("work() missing 1 required
// positional argument: 'b'"). The child that calls a target looks them up
// in the target's source: the declarations given to SetDeclarations (an
// interpreted function: the gonotes worker gives the notebook's), else the
// source file of a compiled function, if it is still on disk.

var params struct {
	sync.Mutex
	decls map[string][]string  // SetDeclarations: function name → parameter names
	files map[string]*ast.File // source files read, by path (nil: unreadable)
}

// SetDeclarations gives the library the Go source of the top-level
// declarations of the functions that child processes may run, when they
// are interpreted (the gonotes worker gives the notebook's declarations):
// the message of a call with too few arguments then names the missing
// parameters, as Python's TypeError does. A compiled function needs none
// (its source file is read, if it is still on disk). An empty src forgets
// the declarations given before.
func SetDeclarations(src string) {
	m := map[string][]string{}
	if src != "" {
		if f, err := parser.ParseFile(token.NewFileSet(), "declarations.go", src, parser.SkipObjectResolution); err == nil || f != nil {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
					m[fd.Name.Name] = fieldNames(fd.Type.Params)
				}
			}
		}
	}
	params.Lock()
	params.decls = m
	params.Unlock()
}

// paramNames returns the names of the parameters of fn, the function
// named name, or nil if they cannot be found.
func paramNames(name string, fn reflect.Value) []string {
	short := shortName(name)
	params.Lock()
	names, ok := params.decls[short]
	params.Unlock()
	if ok {
		return names
	}
	if !fn.IsValid() || fn.Kind() != reflect.Func || fn.IsNil() {
		return nil
	}
	rf := runtime.FuncForPC(fn.Pointer())
	if rf == nil || interpretedFunc(rf.Name()) {
		return nil
	}
	file, _ := rf.FileLine(rf.Entry())
	f := parsedFile(file)
	if f == nil {
		return nil
	}
	sym := rf.Name()
	sym = sym[strings.LastIndexByte(sym, '.')+1:]
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Name.Name != sym {
			continue
		}
		return fieldNames(fd.Type.Params)
	}
	return nil
}

// parsedFile returns the parsed source file at path, or nil.
func parsedFile(path string) *ast.File {
	params.Lock()
	defer params.Unlock()
	if f, ok := params.files[path]; ok {
		return f
	}
	if params.files == nil {
		params.files = map[string]*ast.File{}
	}
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
	if err != nil {
		f = nil
	}
	params.files[path] = f
	return f
}

// fieldNames lists the names of a parameter list, one per parameter ("_"
// for an unnamed one).
func fieldNames(fl *ast.FieldList) []string {
	var names []string
	if fl == nil {
		return nil
	}
	for _, f := range fl.List {
		if len(f.Names) == 0 {
			names = append(names, "_")
		}
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
	}
	return names
}

// missingNames formats the names of the missing parameters as Python does:
// 'b'; 'a' and 'b'; 'a', 'b', and 'c'.
func missingNames(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}
