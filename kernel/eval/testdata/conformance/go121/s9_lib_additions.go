package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"math/big"
	"reflect"
	"strings"
	"testing/fstest"
	"unicode"
)

func main() {
	// Go 1.21: bytes and strings ContainsFunc, Buffer.AvailableBuffer.
	fmt.Println(strings.ContainsFunc("abc1", unicode.IsDigit), bytes.ContainsFunc([]byte("abc"), unicode.IsUpper))
	var buf bytes.Buffer
	buf.Grow(64)
	b := buf.AvailableBuffer()
	b = append(b, "appended"...)
	buf.Write(b)
	fmt.Println(buf.String(), buf.Available() >= 0)

	// flag.BoolFunc.
	fs1 := flag.NewFlagSet("t", flag.ContinueOnError)
	var seen []string
	fs1.BoolFunc("v", "verbose", func(s string) error { seen = append(seen, s); return nil })
	fs1.Parse([]string{"-v", "-v=false", "arg"})
	fmt.Println(seen, fs1.Args())

	// big.Int.Float64.
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	f, acc := x.Float64()
	fmt.Println(f, acc)
	f, acc = big.NewInt(1 << 40).Float64()
	fmt.Println(f, acc)

	// reflect.Value.Clear.
	m := map[string]int{"a": 1}
	reflect.ValueOf(m).Clear()
	s := []int{1, 2, 3}
	reflect.ValueOf(s).Clear()
	fmt.Println(len(m), s)

	// io/fs.FormatFileInfo and FormatDirEntry.
	mfs := fstest.MapFS{"dir/file.txt": &fstest.MapFile{Data: []byte("hello"), Mode: 0o644}}
	ents, _ := fs.ReadDir(mfs, "dir")
	fmt.Println(fs.FormatDirEntry(ents[0]))
	fi, _ := fs.Stat(mfs, "dir/file.txt")
	fmt.Println(strings.Fields(fs.FormatFileInfo(fi))[:3])
}
