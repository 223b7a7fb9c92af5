package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/netip"
	"os"
	"slices"
	"strings"
	"testing/fstest"
)

func main() {
	// cmp.Or: the first non-zero value.
	fmt.Println(cmp.Or("", "fallback", "x"), cmp.Or(0, 0, 3), cmp.Or[string]())
	type order struct {
		customer string
		total    int
	}
	orders := []order{{"b", 2}, {"a", 2}, {"a", 1}}
	slices.SortFunc(orders, func(x, y order) int {
		return cmp.Or(cmp.Compare(x.customer, y.customer), cmp.Compare(x.total, y.total))
	})
	fmt.Println(orders)

	// slices.Concat.
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}, []int{4}))

	// archive/zip and archive/tar Writer.AddFS.
	fsys := fstest.MapFS{
		"a.txt":     {Data: []byte("alpha")},
		"dir/b.txt": {Data: []byte("beta")},
	}
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	fmt.Println(zw.AddFS(fsys), zw.Close())
	zr, _ := zip.NewReader(bytes.NewReader(zb.Bytes()), int64(zb.Len()))
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Println("zip:", f.Name, string(b))
	}
	var tb bytes.Buffer
	tw := tar.NewWriter(&tb)
	fmt.Println(tw.AddFS(fsys), tw.Close())
	tr := tar.NewReader(&tb)
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		fmt.Println("tar:", h.Name, h.Size)
	}

	// big.Rat.FloatPrec.
	for _, s := range []string{"1/4", "1/3", "3/8"} {
		r, _ := new(big.Rat).SetString(s)
		n, exact := r.FloatPrec()
		fmt.Println(s, n, exact)
	}

	// netip.AddrPort.Compare, Prefix? and io.SectionReader.Outer.
	a := netip.MustParseAddrPort("10.0.0.1:80")
	b := netip.MustParseAddrPort("10.0.0.1:443")
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	r, off, n := sr.Outer()
	fmt.Println(r != nil, off, n)

	// slog.SetLogLoggerLevel returns the previous level.
	old := slog.SetLogLoggerLevel(slog.LevelWarn)
	fmt.Println(old, slog.SetLogLoggerLevel(old))
	fmt.Fprintln(os.Stdout, "done")
}
