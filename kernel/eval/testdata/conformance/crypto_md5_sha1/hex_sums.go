package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"io"
)

func main() {
	fmt.Printf("%x\n", md5.Sum([]byte("The fog is getting thicker!")))
	h := md5.New()
	io.WriteString(h, "The fog is getting thicker!")
	io.WriteString(h, "And Leon's getting laaarger!")
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Printf("% x\n", sha1.Sum([]byte("This page intentionally left blank.")))
	s := sha1.New()
	s.Write([]byte("sha1 this string"))
	bs := s.Sum(nil)
	fmt.Println(hex.EncodeToString(bs), len(bs), s.Size(), s.BlockSize())
	fmt.Printf("%x\n", sha256.Sum224([]byte("abc")))
	fmt.Printf("%x\n", sha512.Sum512_256([]byte("abc")))
	mac := hmac.New(sha256.New, []byte("key"))
	mac.Write([]byte("message"))
	sum := mac.Sum(nil)
	fmt.Println(hex.EncodeToString(sum))
	fmt.Println(hmac.Equal(sum, sum), md5.Size, sha1.Size)
}
