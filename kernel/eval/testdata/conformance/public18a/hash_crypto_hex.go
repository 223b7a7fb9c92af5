package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%x\n", md5.Sum(data))
	fmt.Printf("%x\n", sha1.Sum(data))
	fmt.Printf("%x\n", sha256.Sum256(data))
	fmt.Printf("%x\n", sha256.Sum224(data))
	fmt.Println(hex.EncodeToString(sha512.New().Sum(nil))[:32])
	h := sha256.New()
	io.WriteString(h, "The quick brown fox ")
	h.Write([]byte("jumps over the lazy dog"))
	fmt.Println(hex.EncodeToString(h.Sum(nil)), h.Size(), h.BlockSize())
	h.Reset()
	fmt.Printf("%X\n", h.Sum([]byte{0xAB})[:5])
	hashes := []struct {
		name string
		h    hash.Hash
	}{{"crc32", crc32.NewIEEE()}, {"castagnoli", crc32.New(crc32.MakeTable(crc32.Castagnoli))}, {"adler", adler32.New()},
		{"fnv32", fnv.New32()}, {"fnv32a", fnv.New32a()}, {"fnv64a", fnv.New64a()}, {"fnv128a", fnv.New128a()},
		{"crc64", crc64.New(crc64.MakeTable(crc64.ECMA))}}
	for _, x := range hashes {
		x.h.Write(data)
		fmt.Printf("%-10s %x %d\n", x.name, x.h.Sum(nil), x.h.Size())
	}
	fmt.Println(crc32.ChecksumIEEE(data), crc32.Checksum(data, crc32.MakeTable(crc32.Koopman)), adler32.Checksum(data))
	c := crc32.NewIEEE()
	c.Write(data[:10])
	part := c.Sum32()
	fmt.Println(crc32.Update(part, crc32.IEEETable, data[10:]) == crc32.ChecksumIEEE(data))
	enc := hex.EncodeToString([]byte("Hi\x00\xff"))
	dec, err := hex.DecodeString(enc)
	fmt.Println(enc, dec, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))
	var sb strings.Builder
	d := hex.Dumper(&sb)
	d.Write([]byte("dumper"))
	d.Close()
	fmt.Print(sb.String())
	fmt.Println(hex.AppendEncode([]byte("x:"), []byte{1, 2}), string(hex.AppendEncode(nil, []byte("A"))))
	for _, e := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := e.EncodeToString([]byte("\xfb\xff?>~"))
		back, err := e.DecodeString(s)
		fmt.Println(s, back, err, e.EncodedLen(5), e.DecodedLen(len(s)))
	}
	_, err = base64.StdEncoding.DecodeString("!!!!")
	fmt.Println(err)
	_, err = base64.StdEncoding.Strict().DecodeString("YQ=")
	fmt.Println(err)
}
