package eval

// Resolution without the go command (the gonotes Docker image has no Go
// toolchain): gonotes does what `go list -mod=mod -deps` would do for a
// cell's imports, with golang.org/x/mod.
//
//   - The work module's go.mod (created as "module notebook" if missing)
//     gives the required versions; a package that no required module
//     provides is looked up in the module proxy (the longest prefix of its
//     path that is a module containing it, at its latest release) and its
//     module added to go.mod, as the go command does.
//   - The build list is minimal version selection over the go.mod files of
//     the module graph (fetched as <module>/@v/<version>.mod).
//   - Modules are fetched from GOPROXY (a list of https://, http:// or
//     file:// URLs, "off"; "direct" needs the go command) into the module
//     cache (GOMODCACHE, in the go command's layout, so that both share it)
//     and extracted there.
//   - Every go.mod and zip is checked against the work module's go.sum and,
//     for a module version it does not list, against the checksum database
//     (GOSUMDB, default sum.golang.org, through the proxy when it supports
//     it; GONOSUMDB, GOPRIVATE and GONOSUMCHECK patterns, GOSUMDB=off skip
//     it), then recorded in go.sum.
//   - Packages are loaded from source with go/build: the files its build
//     constraints keep for this GOOS/GOARCH with cgo off.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/build"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	goruntime "runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	"golang.org/x/mod/sumdb"
	"golang.org/x/mod/sumdb/dirhash"
	modzip "golang.org/x/mod/zip"
)

// fetcher fetches modules from the module proxy into the module cache and
// checks them against go.sum and the checksum database.
type fetcher struct {
	m        *modules
	proxies  []proxyURL
	goproxy  string // GOPROXY as set, for messages
	modcache string

	sum      map[string]string // go.sum: "path version" or "path version/go.mod" → "h1:..."
	sumOrder []string          // go.sum's lines in order, then the new ones
	sumNew   bool

	sumdbOnce sync.Once
	sumdb     *sumdb.Client
	sumdbOps  *sumdbOps
	sumdbErr  error

	client *http.Client
}

type proxyURL struct {
	url         string // "off", "direct" or a URL without a trailing slash
	anyFallback bool   // followed by '|': the next one is tried after any error
}

// errNotFound is a proxy's 404 or 410: the module or version does not exist.
var errNotFound = errors.New("not found")

// netError is a proxy that could not be reached.
type netError struct{ err error }

func (e *netError) Error() string { return e.err.Error() }
func (e *netError) Unwrap() error { return e.err }

func newFetcher(m *modules) (*fetcher, error) {
	f := &fetcher{m: m, sum: map[string]string{}, client: &http.Client{Timeout: 60 * time.Second}}
	f.goproxy = m.getenv("GOPROXY", "https://proxy.golang.org,direct")
	s := f.goproxy
	for s != "" {
		i := strings.IndexAny(s, ",|")
		item, sep := s, byte(0)
		if i >= 0 {
			item, sep, s = s[:i], s[i], s[i+1:]
		} else {
			s = ""
		}
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if item != "off" && item != "direct" {
			u, err := url.Parse(item)
			if err != nil || (u.Scheme != "https" && u.Scheme != "http" && u.Scheme != "file") {
				return nil, fmt.Errorf("GOPROXY=%s: %q is not a proxy URL (https://, http:// or file://), off or direct", f.goproxy, item)
			}
			item = strings.TrimSuffix(item, "/")
		}
		f.proxies = append(f.proxies, proxyURL{url: item, anyFallback: sep == '|'})
	}
	f.modcache = m.getenv("GOMODCACHE", "")
	if f.modcache == "" {
		gopath := m.getenv("GOPATH", "")
		if gopath == "" {
			home := m.getenv("HOME", "")
			if home == "" {
				return nil, errors.New("no module cache: set GOMODCACHE, GOPATH or HOME")
			}
			gopath = filepath.Join(home, "go")
		}
		f.modcache = filepath.Join(filepath.SplitList(gopath)[0], "pkg", "mod")
	}
	return f, nil
}

// get returns the file rel (e.g. "golang.org/x/sync/@v/list", already
// escaped) from the first proxy that has it.
func (f *fetcher) get(rel string) ([]byte, error) {
	var last error = errNotFound
	for i, p := range f.proxies {
		var b []byte
		var err error
		switch {
		case p.url == "off":
			return nil, fmt.Errorf("module lookup disabled by GOPROXY=%s", f.goproxy)
		case p.url == "direct":
			if last == errNotFound && i == 0 {
				last = errors.New("GOPROXY=direct (fetching from version control) needs the go command")
			}
			continue
		case strings.HasPrefix(p.url, "file://"):
			b, err = os.ReadFile(filepath.Join(filepath.FromSlash(strings.TrimPrefix(p.url, "file://")), filepath.FromSlash(rel)))
			if errors.Is(err, fs.ErrNotExist) {
				err = errNotFound
			}
		default:
			b, err = f.httpGet(p.url + "/" + rel)
		}
		if err == nil {
			return b, nil
		}
		last = err
		if err != errNotFound && !p.anyFallback {
			return nil, err
		}
	}
	return nil, last
}

func (f *fetcher) httpGet(u string) ([]byte, error) {
	resp, err := f.client.Get(u)
	if err != nil {
		return nil, &netError{err}
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, &netError{err}
	}
	switch {
	case resp.StatusCode == http.StatusOK:
		return b, nil
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return nil, errNotFound
	}
	msg := strings.TrimSpace(string(b))
	if len(msg) > 200 {
		msg = msg[:200]
	}
	return nil, fmt.Errorf("GET %s: %s: %s", u, resp.Status, msg)
}

// latest returns the latest version of module path: the highest release in
// the proxy's list, else the highest pre-release (versions that the highest
// version's go.mod retracts left out), else what @latest says.
func (f *fetcher) latest(modPath string) (string, error) {
	esc, err := module.EscapePath(modPath)
	if err != nil {
		return "", err
	}
	b, err := f.get(esc + "/@v/list")
	if err != nil && err != errNotFound {
		return "", err
	}
	var all []string
	for _, v := range strings.Fields(string(b)) {
		if semver.IsValid(v) && module.CheckPathMajor(v, pathMajor(modPath)) == nil {
			all = append(all, v)
		}
	}
	// The go.mod of the highest version says which versions are retracted.
	var retract []*modfile.Retract
	if len(all) > 0 {
		semver.Sort(all)
		mod := module.Version{Path: modPath, Version: all[len(all)-1]}
		file, err := f.fetchFile(mod, ".mod")
		if err != nil {
			return "", err
		}
		mf, err := f.goModFile(mod, file)
		if err != nil {
			return "", err
		}
		retract = mf.Retract
	}
	var rel, pre []string
	for _, v := range all {
		if slices.ContainsFunc(retract, func(r *modfile.Retract) bool {
			return semver.Compare(r.Low, v) <= 0 && semver.Compare(v, r.High) <= 0
		}) {
			continue
		}
		if semver.Prerelease(v) == "" {
			rel = append(rel, v)
		} else {
			pre = append(pre, v)
		}
	}
	for _, vs := range [][]string{rel, pre} {
		if len(vs) > 0 {
			semver.Sort(vs)
			return vs[len(vs)-1], nil
		}
	}
	b, err = f.get(esc + "/@latest")
	if err != nil {
		return "", err
	}
	var info struct{ Version string }
	if err := json.Unmarshal(b, &info); err != nil || !semver.IsValid(info.Version) {
		return "", fmt.Errorf("%s/@latest: no version in %q", modPath, b)
	}
	return info.Version, nil
}

func pathMajor(modPath string) string {
	_, major, _ := module.SplitPathVersion(modPath)
	return major
}

// query returns the version that a `%go get path@query` asks for: a
// version, "latest" (or no query) or "none" (removal is not supported).
func (f *fetcher) query(modPath, q string) (string, error) {
	switch {
	case q == "" || q == "latest" || q == "upgrade":
		return f.latest(modPath)
	case semver.IsValid(q) && semver.Canonical(q) == q:
		if _, err := f.fetchFile(module.Version{Path: modPath, Version: q}, ".mod"); err != nil {
			return "", err
		}
		return q, nil
	}
	return "", fmt.Errorf("%s@%s: only a full version (v1.2.3) or latest can be asked for without the go command", modPath, q)
}

// escaped returns mod's path and version as the module cache spells them
// (upper-case letters as !lower-case).
func escaped(mod module.Version) (path, version string, err error) {
	if path, err = module.EscapePath(mod.Path); err != nil {
		return "", "", err
	}
	if version, err = module.EscapeVersion(mod.Version); err != nil {
		return "", "", err
	}
	return path, version, nil
}

// cacheFile is the file of mod with extension ext (".zip", ".mod",
// ".ziphash"...) in the module cache's download directory.
func (f *fetcher) cacheFile(mod module.Version, ext string) (string, error) {
	esc, ev, err := escaped(mod)
	if err != nil {
		return "", err
	}
	return filepath.Join(f.modcache, "cache", "download", filepath.FromSlash(esc), "@v", ev+ext), nil
}

// fetchFile returns the file ext (".mod", ".zip") of mod from the module
// cache, fetching it from the proxy into the cache first if needed.
func (f *fetcher) fetchFile(mod module.Version, ext string) (string, error) {
	file, err := f.cacheFile(mod, ext)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(file); err == nil {
		return file, nil
	}
	esc, ev, _ := escaped(mod) // cacheFile checked them
	b, err := f.get(esc + "/@v/" + ev + ext)
	if err != nil {
		return "", err
	}
	if err := writeAtomic(file, b); err != nil {
		return "", fmt.Errorf("writing the module cache: %w", err)
	}
	return file, nil
}

func writeAtomic(file string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o777); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), filepath.Base(file)+".tmp-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), file)
}

// dir returns the directory of mod in the module cache, downloading,
// checking and extracting its zip first if needed.
func (f *fetcher) dir(mod module.Version) (string, error) {
	esc, ev, err := escaped(mod)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(f.modcache, filepath.FromSlash(esc)+"@"+ev)
	hashFile, _ := f.cacheFile(mod, ".ziphash")
	if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
		// Extracted (by gonotes or the go command): the hash of the zip
		// it came from is beside the zip.
		if h, err := os.ReadFile(hashFile); err == nil {
			if err := f.check(mod.Path, mod.Version, strings.TrimSpace(string(h))); err != nil {
				return "", err
			}
			return dir, nil
		}
	}
	zipFile, err := f.fetchFile(mod, ".zip")
	if err != nil {
		return "", err
	}
	h, err := dirhash.HashZip(zipFile, dirhash.Hash1)
	if err != nil {
		os.Remove(zipFile)
		return "", fmt.Errorf("%s@%s: reading the module zip: %w", mod.Path, mod.Version, err)
	}
	if err := f.check(mod.Path, mod.Version, h); err != nil {
		os.Remove(zipFile)
		return "", err
	}
	if _, err := os.Stat(dir); err != nil {
		if err := os.MkdirAll(filepath.Dir(dir), 0o777); err != nil {
			return "", fmt.Errorf("extracting %s@%s: %w", mod.Path, mod.Version, err)
		}
		tmp, err := os.MkdirTemp(filepath.Dir(dir), filepath.Base(dir)+".tmp-")
		if err != nil {
			return "", fmt.Errorf("extracting %s@%s: %w", mod.Path, mod.Version, err)
		}
		if err := modzip.Unzip(tmp, mod, zipFile); err != nil {
			os.RemoveAll(tmp)
			return "", fmt.Errorf("extracting %s@%s: %w", mod.Path, mod.Version, err)
		}
		if err := os.Rename(tmp, dir); err != nil {
			os.RemoveAll(tmp) // extracted meanwhile by another process
		}
	}
	if err := writeAtomic(hashFile, []byte(h+"\n")); err != nil {
		return "", fmt.Errorf("writing the module cache: %w", err)
	}
	return dir, nil
}

// check verifies the hash h of "path version" (a zip) or "path
// version/go.mod" against go.sum, else against the checksum database, and
// records it in go.sum.
func (f *fetcher) check(modPath, version, h string) error {
	key := modPath + " " + version
	if want, ok := f.sum[key]; ok {
		if want != h {
			return fmt.Errorf("verifying %s@%s: checksum mismatch\n\tdownloaded: %s\n\tgo.sum:     %s\n"+
				"SECURITY ERROR: the downloaded module is not the one go.sum records (remove the module cache's copy to fetch it again)",
				modPath, version, h, want)
		}
		return nil
	}
	if f.useSumdb(modPath) {
		if err := f.checkSumdb(modPath, version, h); err != nil {
			return err
		}
	}
	f.sum[key] = h
	f.sumOrder = append(f.sumOrder, key)
	f.sumNew = true
	return nil
}

// checkSumdb verifies the hash h of modPath at version with the checksum
// database.
func (f *fetcher) checkSumdb(modPath, version, h string) error {
	c, ops, err := f.sumdbClient()
	if err != nil {
		return err
	}
	lines, err := c.Lookup(modPath, version)
	if errors.Is(err, sumdb.ErrGONOSUMDB) {
		return nil
	}
	if err != nil {
		if ne := ops.netErr(); ne != nil {
			return ne
		}
		return fmt.Errorf("verifying %s@%s: checksum database: %w", modPath, version, err)
	}
	if !slices.Contains(lines, modPath+" "+version+" "+h) {
		return fmt.Errorf("verifying %s@%s: checksum mismatch\n\tdownloaded: %s\n\tchecksum database: %s\n"+
			"SECURITY ERROR: this download does not match what the checksum database says",
			modPath, version, h, strings.Join(lines, "; "))
	}
	return nil
}

// useSumdb reports whether modPath is checked against the checksum database.
func (f *fetcher) useSumdb(modPath string) bool {
	if db := f.m.getenv("GOSUMDB", ""); db == "off" {
		return false
	}
	for _, k := range []string{"GONOSUMDB", "GONOSUMCHECK", "GOPRIVATE"} {
		if v := f.m.getenv(k, ""); v != "" && module.MatchPrefixPatterns(v, modPath) {
			return false
		}
	}
	if strings.Contains(f.m.getenv("GOFLAGS", ""), "-insecure") {
		return false
	}
	return true
}

// readSum reads the work module's go.sum.
func (f *fetcher) readSum(dir string) error {
	b, err := os.ReadFile(filepath.Join(dir, "go.sum"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(b), "\n") {
		fs := strings.Fields(line)
		if len(fs) != 3 {
			continue
		}
		key := fs[0] + " " + fs[1]
		if _, ok := f.sum[key]; !ok {
			f.sumOrder = append(f.sumOrder, key)
		}
		f.sum[key] = fs[2]
	}
	return nil
}

// writeSum writes go.sum if lines were added, sorted as the go command does.
func (f *fetcher) writeSum(dir string) error {
	if !f.sumNew {
		return nil
	}
	keys := slices.Clone(f.sumOrder)
	sort.Slice(keys, func(i, j int) bool {
		pi, vi, _ := strings.Cut(keys[i], " ")
		pj, vj, _ := strings.Cut(keys[j], " ")
		if pi != pj {
			return pi < pj
		}
		return semver.Compare(strings.TrimSuffix(vi, "/go.mod"), strings.TrimSuffix(vj, "/go.mod")) < 0 ||
			(strings.TrimSuffix(vi, "/go.mod") == strings.TrimSuffix(vj, "/go.mod") && vi < vj)
	})
	keys = slices.Compact(keys)
	var buf bytes.Buffer
	for _, k := range keys {
		fmt.Fprintf(&buf, "%s %s\n", k, f.sum[k])
	}
	return writeAtomic(filepath.Join(dir, "go.sum"), buf.Bytes())
}

// The checksum database.

// knownSumdb are the public keys of known checksum databases (the go
// command's list).
var knownSumdb = map[string]string{
	"sum.golang.org": "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
}

func (f *fetcher) sumdbClient() (*sumdb.Client, *sumdbOps, error) {
	f.sumdbOnce.Do(func() {
		db := f.m.getenv("GOSUMDB", "sum.golang.org")
		fs := strings.Fields(db)
		if len(fs) == 0 || len(fs) > 2 {
			f.sumdbErr = fmt.Errorf("GOSUMDB=%q: want a name, or a key and a URL", db)
			return
		}
		key, direct := fs[0], ""
		if k, ok := knownSumdb[key]; ok {
			key = k
		}
		name, _, _ := strings.Cut(key, "+")
		if !strings.Contains(key, "+") {
			f.sumdbErr = fmt.Errorf("GOSUMDB=%q: unknown checksum database (give its key)", db)
			return
		}
		direct = "https://" + name
		if len(fs) == 2 {
			direct = strings.TrimSuffix(fs[1], "/")
		}
		ops := &sumdbOps{f: f, name: name, key: key, direct: direct}
		f.sumdbOps = ops
		f.sumdb = sumdb.NewClient(ops)
		f.sumdb.SetGONOSUMDB(f.m.getenv("GONOSUMDB", f.m.getenv("GOPRIVATE", "")))
	})
	return f.sumdb, f.sumdbOps, f.sumdbErr
}

// sumdbOps is the checksum database client's access to the network and to
// its cache and configuration, kept in gonotes' cache directory.
type sumdbOps struct {
	f                 *fetcher
	name, key, direct string

	once sync.Once
	base string // the URL the database is read from

	mu      sync.Mutex
	lastNet *netError // the last network failure
}

func (o *sumdbOps) netErr() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.lastNet == nil {
		return nil
	}
	return o.lastNet
}

func (o *sumdbOps) dir() string {
	d := o.f.m.getenv("XDG_CACHE_HOME", "")
	if d == "" {
		d = filepath.Join(o.f.m.getenv("HOME", os.TempDir()), ".cache")
	}
	return filepath.Join(d, "gonotes", "sumdb")
}

// ReadRemote reads the database through the first proxy that supports it
// (the go command's protocol), else directly.
func (o *sumdbOps) ReadRemote(p string) ([]byte, error) {
	o.once.Do(func() {
		o.base = o.direct
		for _, px := range o.f.proxies {
			if px.url == "off" || px.url == "direct" {
				break
			}
			if strings.HasPrefix(px.url, "file://") {
				if _, err := os.Stat(filepath.Join(strings.TrimPrefix(px.url, "file://"), "sumdb", o.name, "supported")); err == nil {
					o.base = px.url + "/sumdb/" + o.name
					return
				}
				continue
			}
			if _, err := o.f.httpGet(px.url + "/sumdb/" + o.name + "/supported"); err == nil {
				o.base = px.url + "/sumdb/" + o.name
				return
			}
		}
	})
	if strings.HasPrefix(o.base, "file://") {
		return os.ReadFile(filepath.Join(strings.TrimPrefix(o.base, "file://"), filepath.FromSlash(p)))
	}
	b, err := o.f.httpGet(o.base + p)
	var ne *netError
	if errors.As(err, &ne) {
		o.mu.Lock()
		o.lastNet = ne
		o.mu.Unlock()
	}
	return b, err
}

func (o *sumdbOps) ReadConfig(file string) ([]byte, error) {
	if file == "key" {
		return []byte(o.key), nil
	}
	b, err := os.ReadFile(filepath.Join(o.dir(), filepath.FromSlash(file)))
	if errors.Is(err, fs.ErrNotExist) {
		return []byte{}, nil
	}
	return b, err
}

func (o *sumdbOps) WriteConfig(file string, old, new []byte) error {
	name := filepath.Join(o.dir(), filepath.FromSlash(file))
	cur, err := os.ReadFile(name)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if len(old) > 0 && !bytes.Equal(cur, old) {
		return sumdb.ErrWriteConflict
	}
	return writeAtomic(name, new)
}

func (o *sumdbOps) ReadCache(file string) ([]byte, error) {
	return os.ReadFile(filepath.Join(o.dir(), "cache", filepath.FromSlash(file)))
}

func (o *sumdbOps) WriteCache(file string, data []byte) {
	_ = writeAtomic(filepath.Join(o.dir(), "cache", filepath.FromSlash(file)), data)
}

func (o *sumdbOps) Log(string) {}

func (o *sumdbOps) SecurityError(msg string) {
	// The client then fails the lookup.
	fmt.Fprintln(os.Stderr, "gonotes: checksum database:", msg)
}

// Loading packages.

// resolveNoGo is resolve without the go command.
func (m *modules) resolveNoGo(todo []string) error {
	mf, err := m.workGoMod()
	if err != nil {
		return fmt.Errorf("cannot import %s: %w", strings.Join(todo, ", "), err)
	}
	f, err := newFetcher(m)
	if err != nil {
		return err
	}
	if err := f.readSum(m.dir); err != nil {
		return err
	}
	pkgs, changed, err := f.load(mf, todo)
	if err != nil {
		return m.fetchError(f, todo, err)
	}
	// As the go command (Go ≥ 1.17) does, go.mod lists every module
	// that provides a package, the dependencies' as indirect.
	for _, p := range pkgs {
		required := false
		for _, r := range mf.Require {
			required = required || r.Mod.Path == p.module
		}
		if !required {
			mf.AddNewRequire(p.module, p.version, true)
			changed = true
		}
	}
	if changed {
		if err := m.writeGoMod(mf); err != nil {
			return err
		}
	}
	if err := f.writeSum(m.dir); err != nil {
		return fmt.Errorf("recording the checksums in go.sum: %w", err)
	}
	for _, p := range pkgs {
		m.fsys.add(p)
	}
	return nil
}

// workGoMod returns the work module's go.mod, creating it if needed.
func (m *modules) workGoMod() (*modfile.File, error) {
	if m.dir == "" {
		d, err := os.MkdirTemp("", "gonotes-mod-")
		if err != nil {
			return nil, fmt.Errorf("creating a work module: %w", err)
		}
		m.dir = d
	}
	gomod := filepath.Join(m.dir, "go.mod")
	b, err := os.ReadFile(gomod)
	if errors.Is(err, fs.ErrNotExist) {
		b = []byte("module notebook\n\ngo " + goVersion() + "\n")
		if err := os.WriteFile(gomod, b, 0o644); err != nil {
			return nil, fmt.Errorf("creating go.mod in %s: %w", m.dir, err)
		}
	} else if err != nil {
		return nil, err
	}
	mf, err := modfile.Parse(gomod, b, nil)
	if err != nil {
		return nil, err
	}
	if len(mf.Replace) > 0 {
		return nil, fmt.Errorf("%s has replace directives, which need the go command", gomod)
	}
	return mf, nil
}

// writeGoMod writes mf back.
func (m *modules) writeGoMod(mf *modfile.File) error {
	mf.Cleanup()
	out, err := mf.Format()
	if err == nil {
		err = writeAtomic(filepath.Join(m.dir, "go.mod"), out)
	}
	if err != nil {
		return fmt.Errorf("recording the versions in %s: %w", filepath.Join(m.dir, "go.mod"), err)
	}
	return nil
}

// getNoGo is `go get args` without the go command: each argument is a
// module or package path with an optional @version (or @latest); its
// module is required at that version in go.mod.
func (m *modules) getNoGo(args []string, w io.Writer) error {
	mf, err := m.workGoMod()
	if err != nil {
		return err
	}
	f, err := newFetcher(m)
	if err != nil {
		return err
	}
	if err := f.readSum(m.dir); err != nil {
		return err
	}
	for _, a := range args {
		if strings.HasPrefix(a, "-") {
			return fmt.Errorf("%%go get %s: flags need the go command", a)
		}
		p, q, _ := strings.Cut(a, "@")
		var mod module.Version
		var qerr error
		for mp := p; mp != "." && strings.Contains(mp, "."); mp = path.Dir(mp) {
			v, err := f.query(mp, q)
			if err == errNotFound {
				continue
			}
			if err != nil {
				qerr = err
				break
			}
			mod = module.Version{Path: mp, Version: v}
			break
		}
		if qerr != nil {
			return m.fetchError(f, []string{a}, qerr)
		}
		if mod.Path == "" && q != "" && q != "latest" && q != "upgrade" {
			return m.fetchError(f, []string{a}, fmt.Errorf("no module provides %s at version %s (GOPROXY=%s)", p, q, f.goproxy))
		}
		if mod.Path == "" {
			return m.fetchError(f, []string{a}, fmt.Errorf("no module provides %s (GOPROXY=%s)", p, f.goproxy))
		}
		if _, err := f.dir(mod); err != nil {
			return m.fetchError(f, []string{a}, err)
		}
		old := ""
		for _, r := range mf.Require {
			if r.Mod.Path == mod.Path {
				old = r.Mod.Version
			}
		}
		if err := mf.AddRequire(mod.Path, mod.Version); err != nil {
			return err
		}
		switch {
		case old == "":
			fmt.Fprintf(w, "go: added %s %s\n", mod.Path, mod.Version)
		case old != mod.Version:
			fmt.Fprintf(w, "go: upgraded %s %s => %s\n", mod.Path, old, mod.Version)
		}
	}
	// The build list must hold together (and go.sum gets its go.mod lines).
	if _, err := f.buildList(mf); err != nil {
		return m.fetchError(f, args, err)
	}
	if err := m.writeGoMod(mf); err != nil {
		return err
	}
	return f.writeSum(m.dir)
}

// goVersion is the go line of a new go.mod: this Go's language version.
func goVersion() string {
	v := strings.TrimPrefix(goruntime.Version(), "go")
	if f := strings.SplitN(v, ".", 3); len(f) >= 2 {
		return f[0] + "." + f[1]
	}
	return "1.21"
}

// fetchError turns a failure of the resolution into a message for the user.
func (m *modules) fetchError(f *fetcher, paths []string, err error) error {
	what := strings.Join(paths, ", ")
	var ne *netError
	if errors.As(err, &ne) {
		return fmt.Errorf("cannot download %s: the module proxy (GOPROXY=%s) is unreachable: "+
			"check the network, or set GOPROXY to a reachable proxy (GOPROXY=off uses only the module cache)\n%v",
			what, f.goproxy, err)
	}
	return fmt.Errorf("cannot import %s: %w", what, err)
}

// buildList is minimal version selection from the requirements of mf: the
// highest version of each module that the module graph requires.
func (f *fetcher) buildList(mf *modfile.File) (map[string]string, error) {
	sel := map[string]string{}
	seen := map[module.Version]bool{}
	var queue []module.Version
	for _, r := range mf.Require {
		queue = append(queue, r.Mod)
	}
	excluded := map[module.Version]bool{}
	for _, x := range mf.Exclude {
		excluded[x.Mod] = true
	}
	for len(queue) > 0 {
		// One level of the graph at a time, its go.mod files fetched in
		// parallel.
		var level []module.Version
		for _, mv := range queue {
			if !seen[mv] && !excluded[mv] {
				seen[mv] = true
				level = append(level, mv)
				if semver.Compare(mv.Version, sel[mv.Path]) > 0 {
					sel[mv.Path] = mv.Version
				}
			}
		}
		queue = nil
		files := make([]*modfile.File, len(level))
		errs := make([]error, len(level))
		var wg sync.WaitGroup
		var mu sync.Mutex // f.sum
		sem := make(chan struct{}, 8)
		for i, mv := range level {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				file, err := f.fetchFile(mv, ".mod")
				if err != nil {
					errs[i] = err
					return
				}
				mu.Lock()
				files[i], errs[i] = f.goModFile(mv, file)
				mu.Unlock()
			}()
		}
		wg.Wait()
		for i, mv := range level {
			if errs[i] != nil {
				return nil, fmt.Errorf("%s@%s: %w", mv.Path, mv.Version, errs[i])
			}
			for _, r := range files[i].Require {
				queue = append(queue, r.Mod)
			}
		}
	}
	return sel, nil
}

// goModFile checks and parses the go.mod of mv in file.
func (f *fetcher) goModFile(mv module.Version, file string) (*modfile.File, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	h, err := dirhash.Hash1([]string{"go.mod"}, func(string) (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(b)), nil
	})
	if err != nil {
		return nil, err
	}
	if err := f.check(mv.Path, mv.Version+"/go.mod", h); err != nil {
		os.Remove(file)
		return nil, err
	}
	return modfile.ParseLax(file, b, nil)
}

// load loads the packages paths and their dependencies, adding to mf the
// modules that provide those that no required module does. It reports
// whether mf changed.
func (f *fetcher) load(mf *modfile.File, paths []string) (pkgs []*srcPkg, changed bool, err error) {
	for {
		pkgs, added, err := f.loadOnce(mf, paths)
		changed = changed || added
		if err != nil || !added {
			return pkgs, changed, err
		}
	}
}

// loadOnce loads the packages with the build list of mf; if a package is
// provided by no module of the build list, it adds the module that has it
// to mf and returns true (load then starts again).
func (f *fetcher) loadOnce(mf *modfile.File, paths []string) (pkgs []*srcPkg, added bool, err error) {
	ctx := build.Default
	ctx.CgoEnabled = false
	ctx.BuildTags = pureGoTags
	ctx.GOPATH = ""
	ctx.Dir = ""
	sel, err := f.buildList(mf)
	if err != nil {
		return nil, false, err
	}
	done := map[string]bool{}
	queue := slices.Clone(paths)
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if done[p] || f.m.binary(p) || !strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
			continue
		}
		done[p] = true
		mod := module.Version{}
		for mp, v := range sel {
			if (p == mp || strings.HasPrefix(p, mp+"/")) && len(mp) > len(mod.Path) {
				mod = module.Version{Path: mp, Version: v}
			}
		}
		var dir string
		if mod.Path != "" {
			mdir, err := f.dir(mod)
			if err != nil {
				return nil, false, err
			}
			dir = filepath.Join(mdir, filepath.FromSlash(strings.TrimPrefix(strings.TrimPrefix(p, mod.Path), "/")))
			if !hasGoFiles(dir) {
				dir = ""
			}
		}
		if dir == "" {
			// No module of the build list provides p: the longest
			// prefix of p that is a module with the package, at its
			// latest version, as go get would add it.
			nm, err := f.findModule(p)
			if err != nil {
				return nil, false, err
			}
			if mod.Path == nm.Path {
				return nil, false, fmt.Errorf("module %s@%s found, but does not contain package %s", mod.Path, mod.Version, p)
			}
			mf.AddNewRequire(nm.Path, nm.Version, !slices.Contains(paths, p))
			return nil, true, nil
		}
		bp, err := ctx.ImportDir(dir, 0)
		if err != nil {
			var noGo *build.NoGoError
			if !errors.As(err, &noGo) {
				return nil, false, fmt.Errorf("package %s: %w", p, err)
			}
		}
		lp := &listPkg{ImportPath: p, Dir: dir, GoFiles: bp.GoFiles, IgnoredGoFiles: bp.IgnoredGoFiles}
		if cgo := cgoFiles(lp); len(cgo) > 0 && (len(bp.GoFiles) == 0 || !cgoFallback(lp)) {
			return nil, false, fmt.Errorf("package %s needs cgo (%s imports \"C\"), which the Go interpreter cannot run",
				p, strings.Join(cgo, ", "))
		}
		if len(bp.GoFiles) == 0 {
			return nil, false, fmt.Errorf("package %s has no Go files for %s/%s", p, ctx.GOOS, ctx.GOARCH)
		}
		pkgs = append(pkgs, &srcPkg{path: p, dir: dir, files: bp.GoFiles, module: mod.Path, version: mod.Version})
		queue = append(queue, bp.Imports...)
	}
	return pkgs, false, nil
}

// findModule returns the module, at its latest version, that provides
// package p: the longest prefix of p that is a module holding p.
func (f *fetcher) findModule(p string) (module.Version, error) {
	var firstErr error
	for mp := p; mp != "." && mp != "/" && strings.Contains(mp, "."); mp = path.Dir(mp) {
		if module.CheckPath(mp) != nil {
			continue
		}
		v, err := f.latest(mp)
		if err == errNotFound {
			continue
		}
		if err != nil {
			var ne *netError
			if errors.As(err, &ne) || strings.Contains(err.Error(), "GOPROXY") {
				return module.Version{}, err
			}
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		mod := module.Version{Path: mp, Version: v}
		mdir, err := f.dir(mod)
		if err != nil {
			return module.Version{}, err
		}
		if hasGoFiles(filepath.Join(mdir, filepath.FromSlash(strings.TrimPrefix(strings.TrimPrefix(p, mp), "/")))) {
			return mod, nil
		}
	}
	if firstErr != nil {
		return module.Version{}, firstErr
	}
	return module.Version{}, fmt.Errorf("cannot find module providing package %s (GOPROXY=%s)", p, f.goproxy)
}

func hasGoFiles(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			return true
		}
	}
	return false
}
