package main

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"text/tabwriter"
)

type fakeRT struct {
	calls []string
}

func (f *fakeRT) RoundTrip(req *http.Request) (*http.Response, error) {
	f.calls = append(f.calls, req.Method+" "+req.URL.Path)
	body := "hello from " + req.URL.Path
	if req.URL.Path == "/fail" {
		return nil, fmt.Errorf("boom on %s", req.URL.Host)
	}
	return &http.Response{
		StatusCode: 200,
		Header:     http.Header{"X-Fake": {"1"}},
		Body:       io.NopCloser(strings.NewReader(body)),
		Request:    req,
	}, nil
}

type headerRT struct {
	next http.RoundTripper
	key  string
}

func (h headerRT) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", h.key)
	return h.next.RoundTrip(r)
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) { return u.w.Write(bytes.ToUpper(p)) }

func main() {
	rt := &fakeRT{}
	c := &http.Client{Transport: headerRT{rt, "k"}}
	for _, p := range []string{"/a", "/fail", "/b"} {
		res, err := c.Get("http://example.test" + p)
		if err != nil {
			fmt.Println("err:", err)
			continue
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		fmt.Println(res.StatusCode, string(b), res.Header.Get("X-Fake"))
	}
	fmt.Println(rt.calls)
	tw := tabwriter.NewWriter(upperWriter{os.Stdout}, 0, 4, 1, ' ', 0)
	fmt.Fprintln(tw, "a\tbb\tccc")
	tw.Flush()
	h := slog.NewTextHandler(upperWriter{os.Stdout}, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}})
	slog.New(h).Info("shout", "k", "v")
}
