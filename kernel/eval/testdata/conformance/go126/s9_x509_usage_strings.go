package main

import (
	"crypto/x509"
	"encoding/asn1"
	"fmt"
)

func main() {
	for _, k := range []x509.KeyUsage{x509.KeyUsageDigitalSignature, x509.KeyUsageCertSign, x509.KeyUsageCRLSign} {
		fmt.Println(int(k), k.String())
	}
	for _, e := range []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth, x509.ExtKeyUsageCodeSigning} {
		fmt.Println(e.String(), e.OID().String())
	}
	oid, err := x509.OIDFromASN1OID(asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 3, 1})
	fmt.Println(oid, err, oid.Equal(x509.ExtKeyUsageServerAuth.OID()))
}
