package browser

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// server is a `jupyter notebook` started by the test, with its own token,
// port and Jupyter folders.
type server struct {
	URL   string // http://127.0.0.1:PORT
	Token string
	cmd   *exec.Cmd
	done  chan struct{}
	err   error // the exit status, once done is closed
	log   *lockedBuffer
}

// lockedBuffer collects the server log for the test report and the
// artefacts folder.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
	f  *os.File
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f != nil {
		l.f.Write(p)
	}
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// jupyterEnv returns the environment of the Jupyter server: the caller's,
// less every JUPYTER_* variable, plus Jupyter folders under tmp and
// JUPYTER_PATH naming prefix/share/jupyter, where `gonotes install --prefix`
// put the kernelspec.
func jupyterEnv(tmp, prefix string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "JUPYTER_") || strings.HasPrefix(kv, "IPYTHONDIR=") {
			continue
		}
		env = append(env, kv)
	}
	return append(env,
		"JUPYTER_PATH="+filepath.Join(prefix, "share", "jupyter"),
		"JUPYTER_CONFIG_DIR="+filepath.Join(tmp, "config"),
		"JUPYTER_DATA_DIR="+filepath.Join(tmp, "data"),
		"JUPYTER_RUNTIME_DIR="+filepath.Join(tmp, "runtime"),
		"IPYTHONDIR="+filepath.Join(tmp, "ipython"),
		"PYTHONDONTWRITEBYTECODE=1",
		"LANG=C.UTF-8",
	)
}

// localClient talks to the local server directly, whatever the proxy
// variables of the environment say.
var localClient = &http.Client{Transport: &http.Transport{Proxy: nil}}

// freePort asks the kernel for a free localhost port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func randomToken() string {
	b := make([]byte, 24)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// startJupyter starts `jupyter notebook` (the classic UI of Debian's
// notebook 6) serving dir on a free localhost port, and waits until its REST
// API answers. The server is stopped when the test ends.
func startJupyter(t *testing.T, ctx context.Context, jupyter, dir string, env []string, logPath string) *server {
	t.Helper()
	var s *server
	// A port that was free a moment ago can be taken by someone else before
	// Jupyter binds it: try a few.
	var lastErr error
	for attempt := 0; attempt < 3 && s == nil; attempt++ {
		s, lastErr = tryStartJupyter(ctx, jupyter, dir, env, logPath)
	}
	if s == nil {
		t.Fatalf("start jupyter notebook: %v", lastErr)
	}
	t.Cleanup(s.stop)
	return s
}

func tryStartJupyter(ctx context.Context, jupyter, dir string, env []string, logPath string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	s := &server{
		URL:   fmt.Sprintf("http://127.0.0.1:%d", port),
		Token: randomToken(),
		done:  make(chan struct{}),
		log:   &lockedBuffer{},
	}
	if f, err := os.Create(logPath); err == nil {
		s.log.f = f
	}
	s.cmd = exec.Command(jupyter, "notebook",
		"--no-browser",
		"--ip=127.0.0.1",
		fmt.Sprintf("--port=%d", port),
		"--port-retries=0",
		"--notebook-dir="+dir,
		"--NotebookApp.token="+s.Token,
		"--NotebookApp.open_browser=False",
		"--MappingKernelManager.cull_idle_timeout=0",
	)
	if os.Geteuid() == 0 {
		// CI runs as root; the container runs as jovyan.
		s.cmd.Args = append(s.cmd.Args, "--allow-root")
	}
	s.cmd.Dir = dir
	s.cmd.Env = env
	s.cmd.Stdout = s.log
	s.cmd.Stderr = s.log
	// Own process group, so that stop also ends the kernels Jupyter started.
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", jupyter, err)
	}
	go func() {
		s.err = s.cmd.Wait()
		if s.log.f != nil {
			s.log.f.Close()
		}
		close(s.done)
	}()
	for {
		var status map[string]any
		if err := s.getJSON(ctx, "/api/status", &status); err == nil {
			return s, nil
		}
		select {
		case <-s.done:
			return nil, fmt.Errorf("jupyter notebook exited (%v):\n%s", s.err, s.log.String())
		case <-ctx.Done():
			s.stop()
			return nil, fmt.Errorf("jupyter notebook did not answer on %s: %w\n%s", s.URL, ctx.Err(), s.log.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// getJSON GETs an API path with the token and decodes the JSON answer.
func (s *server) getJSON(ctx context.Context, path string, v any) error {
	req, err := http.NewRequestWithContext(ctx, "GET", s.URL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "token "+s.Token)
	resp, err := localClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s: %s", path, resp.Status, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("GET %s: %w", path, err)
	}
	return nil
}

// stop ends the server and its kernels: every kernel is shut down through
// the REST API (jupyter_client starts kernels in sessions of their own), then
// SIGTERM goes to the server's process group, and SIGKILL if it lingers.
func (s *server) stop() {
	select {
	case <-s.done:
		return
	default:
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	s.shutdownKernels(ctx)
	cancel()
	pgid := s.cmd.Process.Pid
	syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		syscall.Kill(-pgid, syscall.SIGKILL)
		<-s.done
	}
	// Whatever else the server started in its group goes too.
	syscall.Kill(-pgid, syscall.SIGKILL)
}

// shutdownKernels asks the server to shut every running kernel down, as the
// notebook's "Shutdown" button does, so that no kernel outlives the test.
func (s *server) shutdownKernels(ctx context.Context) {
	var kernels []struct {
		ID string `json:"id"`
	}
	if err := s.getJSON(ctx, "/api/kernels", &kernels); err != nil {
		return
	}
	for _, k := range kernels {
		req, err := http.NewRequestWithContext(ctx, "DELETE", s.URL+"/api/kernels/"+k.ID, nil)
		if err != nil {
			continue
		}
		req.Header.Set("Authorization", "token "+s.Token)
		if resp, err := localClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}
}
