package main

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"fmt"
)

func main() {
	// ExampleNewGCM_decrypt
	{
		// Load your secret key from a safe place and reuse it across multiple
		// Seal/Open calls. (Obviously don't use this example key for anything
		// real.) If you want to convert a passphrase to a key, use a suitable
		// package like bcrypt or scrypt.
		// When decoded the key should be 16 bytes (AES-128) or 32 (AES-256).
		key, _ := hex.DecodeString("6368616e676520746869732070617373776f726420746f206120736563726574")
		ciphertext, _ := hex.DecodeString("c3aaa29f002ca75870806e44086700f62ce4d43e902b3888e23ceff797a7a471")
		nonce, _ := hex.DecodeString("64a9433eae7ccceee2fc0eda")

		block, err := aes.NewCipher(key)
		if err != nil {
			panic(err.Error())
		}

		aesgcm, err := cipher.NewGCM(block)
		if err != nil {
			panic(err.Error())
		}

		plaintext, err := aesgcm.Open(nil, nonce, ciphertext, nil)
		if err != nil {
			panic(err.Error())
		}

		fmt.Printf("%s\n", plaintext)
	}

	// ExampleNewCBCDecrypter
	{
		// Load your secret key from a safe place and reuse it across multiple
		// NewCipher calls. (Obviously don't use this example key for anything
		// real.) If you want to convert a passphrase to a key, use a suitable
		// package like bcrypt or scrypt.
		key, _ := hex.DecodeString("6368616e676520746869732070617373")
		ciphertext, _ := hex.DecodeString("73c86d43a9d700a253a96c85b0f6b03ac9792e0e757f869cca306bd3cba1c62b")

		block, err := aes.NewCipher(key)
		if err != nil {
			panic(err)
		}

		// The IV needs to be unique, but not secure. Therefore it's common to
		// include it at the beginning of the ciphertext.
		if len(ciphertext) < aes.BlockSize {
			panic("ciphertext too short")
		}
		iv := ciphertext[:aes.BlockSize]
		ciphertext = ciphertext[aes.BlockSize:]

		// CBC mode always works in whole blocks.
		if len(ciphertext)%aes.BlockSize != 0 {
			panic("ciphertext is not a multiple of the block size")
		}

		mode := cipher.NewCBCDecrypter(block, iv)

		// CryptBlocks can work in-place if the two arguments are the same.
		mode.CryptBlocks(ciphertext, ciphertext)

		// If the original plaintext lengths are not a multiple of the block
		// size, padding would have to be added when encrypting, which would be
		// removed at this point. For an example, see
		// https://tools.ietf.org/html/rfc5246#section-6.2.3.2. However, it's
		// critical to note that ciphertexts must be authenticated (i.e. by
		// using crypto/hmac) before being decrypted in order to avoid creating
		// a padding oracle.

		fmt.Printf("%s\n", ciphertext)
	}
}
