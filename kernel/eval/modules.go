package eval

// Third-party packages: a cell's import of a path that is neither in the
// standard library nor compiled into gonotes (its lib/ packages) is
// resolved by the go command and interpreted from source; without the go
// command, gonotes fetches the modules itself the same way (modfetch.go).
//
// The module versions live in the go.mod and go.sum of a work module:
// Options.ModDir, which the kernel sets to the notebook's directory (the
// kernel's working directory, where Jupyter starts it) or to
// $GONOTES_MODDIR. A go.mod already there pins the versions; without one,
// the first third-party import creates it ("module notebook"), so that the
// notebook runs again with the same versions, and a replay (after an
// interpreter restart, or in a multiprocessing child) sees the same
// packages. The go command does the rest as for any build: `go list -mod=mod
// -deps` adds a missing requirement at its latest version, downloads
// through GOPROXY and verifies the checksums against go.sum and the
// checksum database (GONOSUMDB, GOPRIVATE, GOFLAGS, GOMODCACHE are
// honoured), and lists every package the import needs with the files that
// its build constraints keep (//go:build lines, _test.go, OS/arch
// suffixes), for CGO_ENABLED=0 and the build tags purego and noasm: the
// interpreter runs neither cgo nor assembly, and those tags select the
// pure-Go code of the packages that have some.
//
// yaegi then reads those packages through a file system (srcFS) that
// shows, under src/<import path>, only the files the go command selected
// in the module cache's directory of the package.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gonotes/gonotes/kernel/symbols"
	"github.com/gonotes/gonotes/lib/hook"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
	"golang.org/x/mod/modfile"
)

// modules resolves third-party imports for a session.
type modules struct {
	dir    string   // the work module's directory; "" until first needed
	keep   bool     // dir is the user's (Options.ModDir), not a temporary one
	env    []string // the go command's environment
	binary func(importPath string) bool
	fsys   *srcFS

	mu sync.Mutex
	// Per session, under mu: the go command and its stamp (path, size,
	// time) for cacheKey, looked up once; the work module's requirements,
	// read again only when go.mod's size or time changed or go ran.
	goFound  bool
	goCmd    string // "" when there is none
	goStamp  string
	req      map[string]string
	reqOK    bool
	reqStamp goModStamp // zero: req not read
}

// goModStamp tells whether go.mod changed since it was read.
type goModStamp struct {
	size int64
	mod  time.Time
}

// goCommand returns the path of the go command ("" when there is none),
// looked up once per session (m.mu held); its stamp (path, size, time),
// part of the cache keys, is taken then too: a go binary replaced during
// a session is not noticed until the next one.
func (m *modules) goCommand() string {
	if !m.goFound {
		m.goFound = true
		if p, err := exec.LookPath("go"); err == nil {
			m.goCmd = p
			if fi, err := os.Stat(p); err == nil {
				m.goStamp = fmt.Sprintf("%s %d %d", p, fi.Size(), fi.ModTime().UnixNano())
			}
		}
	}
	return m.goCmd
}

func newModules(dir string, env []string, binary func(string) bool) *modules {
	return &modules{dir: dir, keep: dir != "", env: env, binary: binary, fsys: &srcFS{pkgs: map[string]*srcPkg{}}}
}

// thirdParty reports whether p must be resolved as a module's package: its
// first element has a dot (the go command's rule for a non-standard path)
// and it is not compiled into the interpreter.
func (m *modules) thirdParty(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return strings.Contains(first, ".") && !m.binary(p) && !m.fsys.has(p)
}

// resolve makes the packages paths (and their dependencies) available to
// the interpreter. It does nothing for paths already resolved.
func (m *modules) resolve(paths []string) error {
	var todo []string
	for _, p := range paths {
		if m.thirdParty(p) {
			todo = append(todo, p)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	goCmd := m.goCommand()
	if goCmd == "" {
		// No Go toolchain (the gonotes Docker image): gonotes fetches
		// the modules itself (modfetch.go).
		return m.resolveNoGo(todo)
	}
	if err := m.workModule(goCmd); err != nil {
		return err
	}
	// What earlier runs of go list said, per imported path (see cacheKey).
	var missing []string
	for _, p := range todo {
		pkgs, ok := m.loadCache(m.cacheKey(p))
		if !ok {
			missing = append(missing, p)
			continue
		}
		for _, sp := range pkgs {
			m.fsys.add(sp)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	todo = missing
	args := append(append([]string{"list", "-mod=mod", "-e", "-deps",
		"-json=ImportPath,Name,Dir,GoFiles,IgnoredGoFiles,Standard,Deps,Module,Error"}, m.tagsArgs()...), todo...)
	cmd := exec.Command(goCmd, args...)
	cmd.Dir = m.dir
	cmd.Env = append(append([]string{}, m.env...), "CGO_ENABLED=0", "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	m.reqStamp = goModStamp{} // go list -mod=mod may have added requirements
	if err != nil {
		return m.goError(todo, strings.TrimSpace(stderr.String()), err)
	}
	var pkgs []*listPkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		p := new(listPkg)
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("cannot import %s: reading go list's output: %w", strings.Join(todo, ", "), err)
		}
		pkgs = append(pkgs, p)
	}
	var found []*srcPkg
	byPath := map[string]*srcPkg{}
	for _, p := range pkgs {
		if p.Standard || m.binary(p.ImportPath) {
			continue
		}
		if cgo := cgoFiles(p); len(cgo) > 0 && (len(p.GoFiles) == 0 || !cgoFallback(p)) {
			return fmt.Errorf("cannot import %s: package %s needs cgo (%s imports \"C\"), which the Go interpreter cannot run",
				strings.Join(todo, ", "), p.ImportPath, strings.Join(cgo, ", "))
		}
		if p.Error != nil {
			return m.goError(todo, p.Error.Err, nil)
		}
		sp := &srcPkg{path: p.ImportPath, dir: p.Dir, files: p.GoFiles}
		if p.Module != nil {
			sp.module, sp.version = p.Module.Path, p.Module.Version
		}
		found = append(found, sp)
		byPath[p.ImportPath] = sp
	}
	for _, p := range found {
		m.fsys.add(p)
	}
	for _, p := range pkgs {
		if sp := byPath[p.ImportPath]; sp != nil && slices.Contains(todo, p.ImportPath) {
			set := []*srcPkg{sp}
			for _, d := range p.Deps {
				if dp := byPath[d]; dp != nil {
					set = append(set, dp)
				}
			}
			m.saveCache(m.cacheKey(p.ImportPath), set)
		}
	}
	return nil
}

// The packages an import needs, as go list said, are kept in the user's
// cache directory (gonotes/imports), per imported path (the package and
// its dependencies, each with its module's version), under a hash of the
// path, the go command (path, size, time) and the environment that selects
// files and directories. An entry is used only if the work module's go.mod
// requires exactly those versions (a go.mod of Go ≥ 1.17 lists every
// module that provides a package, at its selected version), has no replace
// or exclude directive, and the directories are still there (a cleaned
// module cache). A notebook that runs again then imports without starting
// the go command (the warm case of issue 15: a go list alone takes 0.2 s).

// cacheKey returns the cache key of an import of importPath, "" for none
// (m.mu held, goCommand called). The go binary's stamp in it is the one
// goCommand took once per session.
func (m *modules) cacheKey(importPath string) string {
	if m.goStamp == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "gonotes imports 3\x00%s\x00%s\x00", importPath, m.goStamp)
	for _, k := range []string{"GOFLAGS", "GOMODCACHE", "GOPATH", "GOOS", "GOARCH", "GOROOT", "GOEXPERIMENT", "HOME"} {
		fmt.Fprintf(h, "%s=%s\x00", k, m.getenv(k, ""))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// requirements returns the module versions that the work module's go.mod
// requires; false if it cannot tell (no go.mod, one that does not parse, a
// replace or exclude). It reads go.mod again only when its size or time
// changed, or go ran in the work module, since the last time (m.mu held).
func (m *modules) requirements() (map[string]string, bool) {
	file := filepath.Join(m.dir, "go.mod")
	fi, err := os.Stat(file)
	if err != nil {
		m.reqStamp = goModStamp{}
		return nil, false
	}
	stamp := goModStamp{fi.Size(), fi.ModTime()}
	if m.reqStamp == stamp {
		return m.req, m.reqOK
	}
	m.req, m.reqOK, m.reqStamp = nil, false, stamp
	b, err := os.ReadFile(file)
	if err != nil {
		m.reqStamp = goModStamp{}
		return nil, false
	}
	mf, err := modfile.Parse(file, b, nil)
	if err != nil || len(mf.Replace) > 0 || len(mf.Exclude) > 0 {
		return nil, false
	}
	m.req, m.reqOK = map[string]string{}, true
	for _, r := range mf.Require {
		m.req[r.Mod.Path] = r.Mod.Version
	}
	return m.req, true
}

func (m *modules) cachePath(key string) string {
	if key == "" {
		return ""
	}
	dir := m.getenv("XDG_CACHE_HOME", "")
	if dir == "" {
		home := m.getenv("HOME", "")
		if home == "" {
			return ""
		}
		dir = filepath.Join(home, ".cache")
	}
	return filepath.Join(dir, "gonotes", "imports", key+".json")
}

// cachedPkg is a srcPkg in the cache.
type cachedPkg struct {
	Path, Dir, Module, Version string
	Files                      []string
}

func (m *modules) loadCache(key string) ([]*srcPkg, bool) {
	file := m.cachePath(key)
	if file == "" {
		return nil, false
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, false
	}
	var cs []cachedPkg
	if json.Unmarshal(b, &cs) != nil || len(cs) == 0 {
		return nil, false
	}
	req, ok := m.requirements()
	if !ok {
		return nil, false
	}
	var pkgs []*srcPkg
	for _, c := range cs {
		if c.Module == "" || req[c.Module] != c.Version {
			return nil, false
		}
		if fi, err := os.Stat(c.Dir); err != nil || !fi.IsDir() {
			return nil, false
		}
		pkgs = append(pkgs, &srcPkg{path: c.Path, dir: c.Dir, files: c.Files, module: c.Module, version: c.Version})
	}
	return pkgs, true
}

// saveCache stores pkgs under key; a failure only costs speed.
func (m *modules) saveCache(key string, pkgs []*srcPkg) {
	file := m.cachePath(key)
	if file == "" || len(pkgs) == 0 {
		return
	}
	var cs []cachedPkg
	for _, p := range pkgs {
		cs = append(cs, cachedPkg{Path: p.path, Dir: p.dir, Module: p.module, Version: p.version, Files: p.files})
	}
	b, err := json.Marshal(cs)
	if err != nil || os.MkdirAll(filepath.Dir(file), 0o755) != nil {
		return
	}
	tmp := fmt.Sprintf("%s.%d.tmp", file, os.Getpid())
	if os.WriteFile(tmp, b, 0o644) == nil {
		os.Rename(tmp, file)
	}
}

// get runs `go get args` in the work module (a `%go get` line), its
// messages to w.
func (m *modules) get(args []string, w io.Writer) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	defer func() { m.reqStamp = goModStamp{} }() // go.mod is read again after go get
	if goCmd := m.goCommand(); goCmd == "" {
		if err := m.getNoGo(args, w); err != nil {
			return err
		}
	} else {
		if err := m.workModule(goCmd); err != nil {
			return err
		}
		cmd := exec.Command(goCmd, append([]string{"get"}, args...)...)
		cmd.Dir = m.dir
		cmd.Env = append(append([]string{}, m.env...), "CGO_ENABLED=0", "GOWORK=off")
		var stderr bytes.Buffer
		cmd.Stdout = w
		cmd.Stderr = io.MultiWriter(w, &stderr)
		if err := cmd.Run(); err != nil {
			return m.goError(args, strings.TrimSpace(stderr.String()), err)
		}
	}
	// A package already interpreted stays as it is in this session.
	m.fsys.mu.RLock()
	defer m.fsys.mu.RUnlock()
	seen := map[string]bool{}
	for _, a := range args {
		mod, _, _ := strings.Cut(a, "@")
		for _, p := range m.fsys.pkgs {
			if !seen[p.module] && (p.module == mod || strings.HasPrefix(mod, p.module+"/")) {
				seen[p.module] = true
				fmt.Fprintf(w, "note: this session already uses %s %s; restart the kernel to use the version just recorded in go.mod\n", p.module, p.version)
			}
		}
	}
	return nil
}

// goMagic runs a %go line's arguments: only `get MODULE[@VERSION]...`,
// which runs go get in the work module.
func (s *Session) goMagic(args string) error {
	f := strings.Fields(args)
	if len(f) < 2 || f[0] != "get" {
		msg := "only `%go get module@version` lines are supported, not " + strconv.Quote("%go "+args)
		return &Error{Name: "UsageError", Value: msg, Trace: []string{red + "UsageError" + reset + ": " + msg}}
	}
	if err := s.mods.get(f[1:], hook.Stderr()); err != nil {
		return importError(err)
	}
	return nil
}

// workModule makes sure that the work module exists.
func (m *modules) workModule(goCmd string) error {
	if m.dir == "" {
		d, err := os.MkdirTemp("", "gonotes-mod-")
		if err != nil {
			return fmt.Errorf("creating a work module: %w", err)
		}
		m.dir = d
	}
	if _, err := os.Stat(filepath.Join(m.dir, "go.mod")); err == nil {
		return nil
	}
	cmd := exec.Command(goCmd, "mod", "init", "notebook")
	cmd.Dir = m.dir
	cmd.Env = append(append([]string{}, m.env...), "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("creating go.mod in %s: %v: %s", m.dir, err, bytes.TrimSpace(out))
	}
	return nil
}

// close removes a temporary work module.
func (m *modules) close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.keep && m.dir != "" {
		os.RemoveAll(m.dir)
		m.dir = ""
	}
}

// goError turns a failure of the go command into a message for the user.
func (m *modules) goError(paths []string, msg string, err error) error {
	if msg == "" && err != nil {
		msg = err.Error()
	}
	what := strings.Join(paths, ", ")
	low := strings.ToLower(msg)
	switch {
	case strings.Contains(low, "dial tcp") || strings.Contains(low, "no such host") ||
		strings.Contains(low, "connection refused") || strings.Contains(low, "i/o timeout") ||
		strings.Contains(low, "network is unreachable") || strings.Contains(low, "proxyconnect") ||
		strings.Contains(low, "tls handshake timeout"):
		return fmt.Errorf("cannot download %s: the module proxy (GOPROXY=%s) is unreachable: "+
			"check the network, or set GOPROXY to a reachable proxy (GOPROXY=off uses only the module cache)\n%s",
			what, m.getenv("GOPROXY", "https://proxy.golang.org,direct"), msg)
	case strings.Contains(msg, "cannot find module providing package"),
		strings.Contains(msg, "no matching versions"), strings.Contains(msg, "unknown revision"),
		strings.Contains(msg, "is not in std"), strings.Contains(msg, "malformed module path"):
		return fmt.Errorf("cannot import %s: %s", what, msg)
	}
	return fmt.Errorf("cannot import %s: the go command failed (in %s): %s", what, m.dir, msg)
}

func (m *modules) getenv(key, def string) string {
	for i := len(m.env) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(m.env[i], "="); ok && k == key && v != "" {
			return v
		}
	}
	return def
}

// listPkg is what go list -json says about a package.
type listPkg struct {
	ImportPath     string
	Name           string
	Dir            string
	GoFiles        []string
	IgnoredGoFiles []string
	Standard       bool
	Deps           []string
	Module         *struct{ Path, Version string }
	Error          *struct{ Err string }
}

// pureGoTags are the build tags with which third-party packages are
// loaded: the usual names of pure-Go alternatives to assembly (gonum's
// noasm, the purego of golang.org/x/crypto and many others), since the
// interpreter runs neither assembly nor cgo.
var pureGoTags = []string{"purego", "noasm"}

// tagsArgs are the go command's arguments for pureGoTags, none if GOFLAGS
// sets -tags itself.
func (m *modules) tagsArgs() []string {
	if strings.Contains(m.getenv("GOFLAGS", ""), "-tags") {
		return nil
	}
	return []string{"-tags=" + strings.Join(pureGoTags, ",")}
}

// cgoFiles returns the files of p left out only because they import "C":
// with cgo on, their build constraints would keep them.
func cgoFiles(p *listPkg) []string {
	ctx := build.Default
	ctx.CgoEnabled = true
	ctx.BuildTags = pureGoTags
	var cgo []string
	for _, name := range p.IgnoredGoFiles {
		if ok, err := ctx.MatchFile(p.Dir, name); err != nil || !ok {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(p.Dir, name), nil, parser.ImportsOnly)
		if err != nil {
			continue
		}
		for _, im := range f.Imports {
			if v, _ := strconv.Unquote(im.Path.Value); v == "C" {
				cgo = append(cgo, name)
			}
		}
	}
	return cgo
}

// cgoFallback reports whether a file of p that was kept is the
// alternative of its cgo files: its build constraint mentions cgo.
func cgoFallback(p *listPkg) bool {
	for _, name := range p.GoFiles {
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(p.Dir, name), nil, parser.PackageClauseOnly|parser.ParseComments)
		if err != nil {
			continue
		}
		for _, g := range f.Comments {
			if g.Pos() > f.Package {
				break
			}
			for _, c := range g.List {
				if e, err := constraint.Parse(c.Text); err == nil && mentions(e, "cgo") {
					return true
				}
			}
		}
	}
	return false
}

func mentions(e constraint.Expr, tag string) bool {
	found := false
	e.Eval(func(t string) bool {
		if t == tag {
			found = true
		}
		return true
	})
	return found
}

// srcPkg is a package shown to the interpreter: the files of dir kept by
// the build constraints.
type srcPkg struct {
	path            string
	dir             string
	files           []string
	module, version string
}

// srcFS is the interpreter's source file system: src/<import path> is the
// directory of a resolved package (its selected files only); the
// directories above it exist and are empty.
type srcFS struct {
	mu   sync.RWMutex
	pkgs map[string]*srcPkg
}

var (
	_ fs.StatFS    = (*srcFS)(nil)
	_ fs.ReadDirFS = (*srcFS)(nil)
)

func (f *srcFS) add(p *srcPkg) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pkgs[p.path] = p
}

func (f *srcFS) has(importPath string) bool {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.pkgs[importPath] != nil
}

// lookup says what name is: a package's directory, a file of a package
// (its real path), or a directory above packages.
func (f *srcFS) lookup(name string) (pkg *srcPkg, file string, dir bool) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	rest, ok := strings.CutPrefix(name, "src/")
	if name == "." || name == "src" {
		return nil, "", true
	}
	if !ok {
		return nil, "", false
	}
	if p := f.pkgs[rest]; p != nil {
		return p, "", true
	}
	if p := f.pkgs[path.Dir(rest)]; p != nil {
		base := path.Base(rest)
		for _, g := range p.files {
			if g == base {
				return p, filepath.Join(p.dir, g), false
			}
		}
	}
	for ip := range f.pkgs {
		if strings.HasPrefix(ip, rest+"/") {
			return nil, "", true
		}
	}
	return nil, "", false
}

// Open implements fs.FS.
func (f *srcFS) Open(name string) (fs.File, error) {
	_, file, dir := f.lookup(name)
	switch {
	case file != "":
		return os.Open(file)
	case dir:
		entries, err := f.ReadDir(name)
		if err != nil {
			return nil, err
		}
		return &srcDir{name: path.Base(name), entries: entries}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// Stat implements fs.StatFS.
func (f *srcFS) Stat(name string) (fs.FileInfo, error) {
	_, file, dir := f.lookup(name)
	switch {
	case file != "":
		return os.Stat(file)
	case dir:
		return dirInfo(path.Base(name)), nil
	}
	return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
}

// ReadDir implements fs.ReadDirFS: a package's selected files.
func (f *srcFS) ReadDir(name string) ([]fs.DirEntry, error) {
	p, _, dir := f.lookup(name)
	if !dir {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	var entries []fs.DirEntry
	if p != nil {
		files := append([]string{}, p.files...)
		sort.Strings(files)
		for _, g := range files {
			fi, err := os.Stat(filepath.Join(p.dir, g))
			if err != nil {
				return nil, err
			}
			entries = append(entries, fs.FileInfoToDirEntry(fi))
		}
	}
	return entries, nil
}

type dirInfo string

func (d dirInfo) Name() string       { return string(d) }
func (d dirInfo) Size() int64        { return 0 }
func (d dirInfo) Mode() fs.FileMode  { return fs.ModeDir | 0o555 }
func (d dirInfo) ModTime() time.Time { return time.Time{} }
func (d dirInfo) IsDir() bool        { return true }
func (d dirInfo) Sys() any           { return nil }

type srcDir struct {
	name    string
	entries []fs.DirEntry
}

func (d *srcDir) Stat() (fs.FileInfo, error) { return dirInfo(d.name), nil }
func (d *srcDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.name, Err: errors.New("is a directory")}
}
func (d *srcDir) Close() error { return nil }
func (d *srcDir) ReadDir(n int) ([]fs.DirEntry, error) {
	if n <= 0 {
		e := d.entries
		d.entries = nil
		return e, nil
	}
	if len(d.entries) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(d.entries))
	e := d.entries[:n]
	d.entries = d.entries[n:]
	return e, nil
}

// importPaths returns the paths that the import declarations of f import.
func importPaths(f *ast.File) []string {
	var paths []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			continue
		}
		for _, sp := range g.Specs {
			if p, err := strconv.Unquote(sp.(*ast.ImportSpec).Path.Value); err == nil {
				paths = append(paths, p)
			}
		}
	}
	return paths
}

// isBinaryPackage reports whether importPath is compiled into the
// interpreter (the standard library, gonotes' library, the kernel's own).
func isBinaryPackage(importPath string) bool {
	binaryOnce.Do(func() {
		binaryPkgs = map[string]bool{}
		for _, e := range []interp.Exports{stdlib.Symbols, overrides(new(timerWatch)), symbols.Symbols} {
			for k := range e {
				binaryPkgs[path.Dir(k)] = true
			}
		}
	})
	return binaryPkgs[importPath] || strings.HasPrefix(importPath, "github.com/gonotes/gonotes/")
}

var (
	binaryOnce sync.Once
	binaryPkgs map[string]bool
)

// importError is the error of a cell whose third-party import could not be
// resolved.
func importError(err error) *Error {
	msg := err.Error()
	first, _, _ := strings.Cut(msg, "\n")
	e := &Error{Name: "ImportError", Value: first}
	for i, l := range strings.Split(msg, "\n") {
		if i == 0 {
			l = red + "ImportError" + reset + ": " + l
		}
		e.Trace = append(e.Trace, l)
	}
	return e
}
