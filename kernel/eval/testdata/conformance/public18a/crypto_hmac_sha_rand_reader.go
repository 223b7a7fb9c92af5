package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"io"
)

func main() {
	key := []byte("secret-key")
	msg := []byte("important message")
	mac := hmac.New(sha256.New, key)
	mac.Write(msg)
	sum := mac.Sum(nil)
	fmt.Println(hex.EncodeToString(sum))
	check := hmac.New(sha256.New, key)
	check.Write(msg)
	fmt.Println(hmac.Equal(sum, check.Sum(nil)), hmac.Equal(sum, sum[:5]))
	m5 := hmac.New(sha512.New384, key)
	io.WriteString(m5, "x")
	fmt.Println(len(m5.Sum(nil)), m5.Size(), m5.BlockSize())
	fmt.Println(subtle.ConstantTimeCompare([]byte("a"), []byte("a")), subtle.ConstantTimeCompare([]byte("a"), []byte("b")), subtle.ConstantTimeByteEq(3, 3), subtle.ConstantTimeEq(1, 2))
	dst := make([]byte, 3)
	subtle.XORBytes(dst, []byte{1, 2, 3}, []byte{3, 2, 1})
	fmt.Println(dst)
	h := sha256.New()
	for i := 0; i < 1000; i++ {
		h.Write(bytes.Repeat([]byte{byte(i)}, 3))
	}
	fmt.Printf("%x\n", h.Sum(nil)[:8])
	fmt.Printf("%x\n", sha512.Sum512_256([]byte("abc")))
	var arr [sha256.Size]byte
	arr = sha256.Sum256(nil)
	fmt.Println(hex.EncodeToString(arr[:4]), sha256.BlockSize)
}
