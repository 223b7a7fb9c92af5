package eval

import "testing"

// Each session has its own http.DefaultServeMux: two sessions of one
// process register the same pattern (the second panicked "conflicts with
// pattern"), and each serves its own handler.
func TestCellHTTPMuxPerSession(t *testing.T) {
	for _, word := range []string{"one", "two"} {
		s, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		out, err := runCell(t, s, `import ("fmt"; "net/http"; "net/http/httptest")
http.HandleFunc("/x", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "`+word+`") })
rec := httptest.NewRecorder()
http.DefaultServeMux.ServeHTTP(rec, httptest.NewRequest("GET", "/x", nil))
fmt.Println(rec.Code, rec.Body.String())`)
		if want := "200 " + word + "\n"; err != nil || out != want {
			t.Errorf("session %s: got %q, %v; want %q", word, out, err, want)
		}
	}
}
