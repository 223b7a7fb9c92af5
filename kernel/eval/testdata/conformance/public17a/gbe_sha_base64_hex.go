package main

import (
	"crypto/sha256"
	b64 "encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
)

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Printf("%x\n", bs)
	fmt.Println(hex.EncodeToString(bs[:4]))
	sum := sha256.Sum256([]byte("abc"))
	fmt.Printf("%X\n", sum[:8])
	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc, b64.RawStdEncoding.EncodeToString([]byte("a")))
	_, err := b64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")))
	dump := hex.Dump([]byte("hello, gopher!!!x"))
	fmt.Print(dump)
}
