package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base32"
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

type digester struct {
	name string
	mk   func() hash.Hash
}

func main() {
	data := "The quick brown fox jumps over the lazy dog"
	for _, d := range []digester{
		{"md5", md5.New}, {"sha1", sha1.New}, {"sha256", sha256.New}, {"sha224", sha256.New224},
	} {
		h := d.mk()
		io.WriteString(h, data)
		fmt.Printf("%-7s %x (%d bytes, block %d)\n", d.name, h.Sum(nil), h.Size(), h.BlockSize())
	}
	sum := sha256.Sum256([]byte(data))
	fmt.Println(hex.EncodeToString(sum[:4]), fmt.Sprintf("%X", md5.Sum([]byte("")))[:8])

	mac := hmac.New(sha256.New, []byte("secret-key"))
	mac.Write([]byte(data))
	tag := mac.Sum(nil)
	fmt.Println(base64.StdEncoding.EncodeToString(tag)[:16])
	mac2 := hmac.New(sha256.New, []byte("secret-key"))
	mac2.Write([]byte(data))
	fmt.Println(hmac.Equal(tag, mac2.Sum(nil)), hmac.Equal(tag, []byte("x")))

	f32 := fnv.New32a()
	f32.Write([]byte(data))
	f64 := fnv.New64()
	f64.Write([]byte(data))
	fmt.Println(f32.Sum32(), f64.Sum64(), crc32.ChecksumIEEE([]byte(data)), adler32.Checksum([]byte(data)))
	tab := crc32.MakeTable(crc32.Castagnoli)
	fmt.Println(crc32.Checksum([]byte(data), tab))

	raw := []byte{0, 1, 2, 250, 251, 252, 253, 254, 255}
	fmt.Println(base64.StdEncoding.EncodeToString(raw), base64.URLEncoding.EncodeToString(raw), base64.RawURLEncoding.EncodeToString(raw))
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8gd29ybGQ=")
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("not base64!")
	fmt.Println(err)
	fmt.Println(base32.StdEncoding.EncodeToString([]byte("go")), base32.HexEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("gopher")))
	fmt.Print(hex.Dump([]byte(strings.Repeat("gonotes!", 3))))
	b, err := hex.DecodeString("48656c6c6fzz")
	fmt.Println(b, err)
}
