package main

import (
	"encoding/binary"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing/fstest"
	"unicode/utf16"
)

type header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
}

func main() {
	// encoding/binary Encode, Decode, Append.
	buf := make([]byte, 8)
	n, err := binary.Encode(buf, binary.BigEndian, header{0xCAFEBABE, 3, 1})
	fmt.Println(n, err, buf)
	var h header
	n, err = binary.Decode(buf, binary.BigEndian, &h)
	fmt.Printf("%d %v %#x %d %d\n", n, err, h.Magic, h.Version, h.Flags)
	out, err := binary.Append([]byte{0xff}, binary.LittleEndian, uint16(0x0102))
	fmt.Println(out, err)
	_, err = binary.Encode(make([]byte, 2), binary.BigEndian, h)
	fmt.Println(err)

	// net/http ParseCookie, ParseSetCookie, Request.CookiesNamed.
	cs, err := http.ParseCookie("a=1; b=2; a=3")
	for _, c := range cs {
		fmt.Print(c.Name, "=", c.Value, " ")
	}
	fmt.Println(err)
	sc, err := http.ParseSetCookie("id=xyz; Path=/; HttpOnly; Max-Age=60; Partitioned")
	fmt.Println(sc.Name, sc.Value, sc.Path, sc.HttpOnly, sc.MaxAge, sc.Partitioned, err)
	req, _ := http.NewRequest("GET", "http://example.com/", nil)
	req.Header.Set("Cookie", "a=1; b=2; a=3")
	for _, c := range req.CookiesNamed("a") {
		fmt.Print(c.Value, " ")
	}
	fmt.Println()

	// unicode/utf16.RuneLen.
	fmt.Println(utf16.RuneLen('a'), utf16.RuneLen('😀'), utf16.RuneLen(-1))

	// reflect Value.Seq, Value.Seq2, Type.CanSeq.
	v := reflect.ValueOf([]string{"p", "q"})
	for i, e := range v.Seq2() {
		fmt.Print(i.Int(), e.String(), " ")
	}
	for i := range reflect.ValueOf(3).Seq() {
		fmt.Print(i.Int(), " ")
	}
	fmt.Println(reflect.TypeOf(0).CanSeq(), reflect.TypeOf("").CanSeq2(), reflect.TypeOf(1.5).CanSeq())

	// os.CopyFS.
	dir, _ := os.MkdirTemp("", "s9-copyfs-")
	defer os.RemoveAll(dir)
	src := fstest.MapFS{"x/y.txt": {Data: []byte("copied")}, "top.txt": {Data: []byte("t")}}
	fmt.Println(os.CopyFS(dir, src))
	var names []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		names = append(names, rel)
		return nil
	})
	slices.Sort(names)
	b, _ := os.ReadFile(filepath.Join(dir, "x", "y.txt"))
	fmt.Println(strings.Join(names, ","), string(b))
}
