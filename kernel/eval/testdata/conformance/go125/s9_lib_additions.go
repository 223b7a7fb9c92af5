package main

import (
	"crypto/sha256"
	"crypto/sha3"
	"encoding/hex"
	"fmt"
	"hash"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
)

func main() {
	// mime/multipart.FileContentDisposition.
	fmt.Println(multipart.FileContentDisposition("upload", "report \"final\".pdf"))

	// hash.XOF: SHAKE as an extendable-output function.
	var x hash.XOF = sha3.NewSHAKE128()
	x.Write([]byte("xof"))
	out := make([]byte, 6)
	x.Read(out)
	fmt.Println(hex.EncodeToString(out), x.BlockSize())
	x.Reset()
	x.Write([]byte("xof"))
	out2 := make([]byte, 6)
	x.Read(out2)
	fmt.Println(hex.EncodeToString(out) == hex.EncodeToString(out2))

	// hash.Cloner.
	h := sha256.New()
	h.Write([]byte("prefix-"))
	if c, ok := h.(hash.Cloner); ok {
		h2, err := c.Clone()
		fmt.Println(err)
		h2.Write([]byte("b"))
		h.Write([]byte("b"))
		fmt.Println(hex.EncodeToString(h.Sum(nil)) == hex.EncodeToString(h2.Sum(nil)))
	}

	// io/fs.ReadLinkFS through os.DirFS.
	dir, _ := os.MkdirTemp("", "s9-readlink-")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "t.txt"), []byte("t"), 0o644)
	os.Symlink("t.txt", filepath.Join(dir, "l"))
	fsys := os.DirFS(dir)
	target, err := fs.ReadLink(fsys, "l")
	fmt.Println(target, err)
	fi, err := fs.Lstat(fsys, "l")
	fmt.Println(fi.Mode()&fs.ModeSymlink != 0, err)

	// net/http.CrossOriginProtection.
	cop := http.NewCrossOriginProtection()
	cop.AddTrustedOrigin("https://trusted.example")
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	hdl := cop.Handler(ok)
	for _, c := range []struct{ method, site, origin string }{
		{"GET", "cross-site", ""},
		{"POST", "same-origin", ""},
		{"POST", "cross-site", ""},
		{"POST", "", "https://trusted.example"},
	} {
		req := httptest.NewRequest(c.method, "https://app.example/x", nil)
		if c.site != "" {
			req.Header.Set("Sec-Fetch-Site", c.site)
		}
		if c.origin != "" {
			req.Header.Set("Origin", c.origin)
		}
		rec := httptest.NewRecorder()
		hdl.ServeHTTP(rec, req)
		fmt.Println(c.method, c.site, c.origin, rec.Code)
	}
	fmt.Println(cop.Check(httptest.NewRequest("GET", "/", nil)))
}
