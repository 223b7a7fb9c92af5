package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/mlkem"
	"crypto/rand"
	"fmt"
	"strings"
)

func main() {
	// crypto/mlkem: the two sides agree on a shared key.
	dk, err := mlkem.GenerateKey768()
	fmt.Println(err)
	ek := dk.EncapsulationKey()
	shared, ct := ek.Encapsulate()
	shared2, err := dk.Decapsulate(ct)
	fmt.Println(err, bytes.Equal(shared, shared2), len(shared), len(ct) == mlkem.CiphertextSize768)
	ek2, err := mlkem.NewEncapsulationKey768(ek.Bytes())
	fmt.Println(err, bytes.Equal(ek2.Bytes(), ek.Bytes()))

	// crypto/cipher.NewGCMWithRandomNonce.
	key := make([]byte, 32)
	block, _ := aes.NewCipher(key)
	aead, err := cipher.NewGCMWithRandomNonce(block)
	fmt.Println(err, aead.NonceSize(), aead.Overhead())
	sealed := aead.Seal(nil, nil, []byte("secret message"), []byte("ad"))
	opened, err := aead.Open(nil, nil, sealed, []byte("ad"))
	fmt.Println(string(opened), err, len(sealed))
	_, err = aead.Open(nil, nil, sealed, []byte("other"))
	fmt.Println(err)

	// crypto/rand.Text: 26 characters of the base32 alphabet.
	t := rand.Text()
	ok := len(t) == 26
	for _, c := range t {
		ok = ok && strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", c)
	}
	fmt.Println(ok)
}
