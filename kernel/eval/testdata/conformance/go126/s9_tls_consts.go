package main

import (
	"crypto/tls"
	"fmt"
)

func main() {
	for _, c := range []tls.CurveID{tls.X25519MLKEM768, tls.SecP256r1MLKEM768, tls.SecP384r1MLKEM1024, tls.X25519, tls.CurveP256} {
		fmt.Println(uint16(c), c)
	}
	fmt.Println(int(tls.QUICErrorEvent))
	var st tls.ConnectionState
	fmt.Println(st.HelloRetryRequest)
}
