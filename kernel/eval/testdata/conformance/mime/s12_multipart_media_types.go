package main

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
)

type Attachment struct {
	Name, Type string
	Body       []byte
}

func (a Attachment) Header() textproto.MIMEHeader {
	h := textproto.MIMEHeader{}
	h.Set("Content-Type", mime.FormatMediaType(a.Type, map[string]string{"name": a.Name}))
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": a.Name}))
	return h
}

func main() {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.SetBoundary("BOUNDARY42")
	w.WriteField("subject", "Report ✓")
	for _, a := range []Attachment{{"a.txt", "text/plain", []byte("hello")}, {"data 1.csv", "text/csv", []byte("x,y\n1,2\n")}} {
		p, _ := w.CreatePart(a.Header())
		p.Write(a.Body)
	}
	w.Close()
	fmt.Println(w.FormDataContentType(), buf.Len())
	r := multipart.NewReader(&buf, "BOUNDARY42")
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			break
		}
		b, _ := io.ReadAll(p)
		mt, params, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		fmt.Printf("%q %q %q %v %q\n", p.FormName(), p.FileName(), mt, params, b)
	}
	mt, params, err := mime.ParseMediaType(`text/html; charset="UTF-8"; q=0.9`)
	fmt.Println(mt, params, err)
	_, _, err = mime.ParseMediaType("text/")
	fmt.Println(err)
	fmt.Println(mime.TypeByExtension(".json"), mime.TypeByExtension(".nope") == "")
	enc := mime.QEncoding.Encode("utf-8", "Grüße")
	dec, err := new(mime.WordDecoder).DecodeHeader(enc + " und " + mime.BEncoding.Encode("utf-8", "¡hola!"))
	fmt.Println(enc, dec, err)
	var qp strings.Builder
	qw := quotedprintable.NewWriter(&qp)
	qw.Write([]byte("café = 5€"))
	qw.Close()
	fmt.Println(qp.String())
}
