package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"fmt"
	"io"
	"strings"
)

func main() {
	block, _ := aes.NewCipher([]byte("fixed key 16 byt"))
	iv := make([]byte, aes.BlockSize)
	var enc bytes.Buffer
	w := &cipher.StreamWriter{S: cipher.NewCTR(block, iv), W: &enc}
	io.Copy(w, strings.NewReader("streaming plaintext through a writer"))
	fmt.Printf("%x\n", enc.Bytes())
	r := &cipher.StreamReader{S: cipher.NewCTR(block, iv), R: &enc}
	out, _ := io.ReadAll(r)
	fmt.Println(string(out))
}
