package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

type namedHash struct {
	name string
	new  func() hash.Hash
}

func main() {
	hashes := []namedHash{
		{"md5", md5.New},
		{"sha1", sha1.New},
		{"sha256", sha256.New},
		{"crc32", func() hash.Hash { return crc32.NewIEEE() }},
		{"adler32", func() hash.Hash { return adler32.New() }},
		{"fnv64a", func() hash.Hash { return fnv.New64a() }},
	}
	inputs := []string{"", "hello", strings.Repeat("go", 1000)}
	for _, h := range hashes {
		var sums []string
		for _, in := range inputs {
			hh := h.new()
			io.WriteString(hh, in)
			s := hex.EncodeToString(hh.Sum(nil))
			if len(s) > 16 {
				s = s[:16]
			}
			sums = append(sums, s)
		}
		fmt.Printf("%-8s size=%-2d block=%-3d %v\n", h.name, h.new().Size(), h.new().BlockSize(), sums)
	}
	sum := sha256.Sum256([]byte("abc"))
	fmt.Println(base64.StdEncoding.EncodeToString(sum[:]))
	fmt.Println(base64.RawURLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}))
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8=")
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("!!")
	fmt.Println(err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	fmt.Println(hex.Dump([]byte("gonotes hex dump!")))
	h := fnv.New32()
	h.Write([]byte("a"))
	h.Write([]byte("b"))
	h2 := fnv.New32()
	h2.Write([]byte("ab"))
	fmt.Println(h.Sum32() == h2.Sum32(), crc32.Checksum([]byte("abc"), crc32.MakeTable(crc32.Castagnoli)))
}
