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
	"os"
	"strings"
)

const data = "The quick brown fox jumps over the lazy dog.\x00\x01\x02\xff"

func main() {
	d := hex.Dumper(os.Stdout)
	io.WriteString(d, data)
	d.Close()
	hashes := []struct {
		name string
		h    hash.Hash
	}{
		{"md5", md5.New()},
		{"sha1", sha1.New()},
		{"sha256", sha256.New()},
		{"crc32", crc32.NewIEEE()},
		{"adler32", adler32.New()},
		{"fnv64a", fnv.New64a()},
	}
	for _, h := range hashes {
		io.Copy(h.h, strings.NewReader(data))
		fmt.Printf("%-8s %2d %x\n", h.name, h.h.Size(), h.h.Sum(nil))
	}
	sum := sha256.Sum256([]byte("abc"))
	fmt.Println(hex.EncodeToString(sum[:8]), len(sum))
	fmt.Printf("%08x\n", crc32.Checksum([]byte("hello"), crc32.MakeTable(crc32.Castagnoli)))
	enc := base64.StdEncoding.EncodeToString([]byte(data))
	url := base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe})
	raw := base64.RawStdEncoding.EncodeToString([]byte("ab"))
	fmt.Println(enc, url, raw)
	dec, err := base64.StdEncoding.DecodeString(enc)
	fmt.Println(string(dec) == data, err)
	_, err = base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	b, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(b), err)
	_, err = hex.DecodeString("4x")
	fmt.Println(err)
}
